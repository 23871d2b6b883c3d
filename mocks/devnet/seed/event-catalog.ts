// The contracts' event catalog, read from the ABIs in contracts/artifacts, minus the few
// events this economy can never emit (each with the reason).
import { artifact } from "../artifacts.ts";
import { CONTRACT_NAMES } from "../deployment.ts";
import { ARTIFACT_OF, abiEvents } from "./log-digest.ts";

/** "Contract.Event" or "*.Event" → why no history can contain it. */
export const NEVER_EMITTED: Record<string, string> = {
  "*.EIP712DomainChanged":
    "OpenZeppelin's EIP712 domain is immutable here; the event exists only for upgradeable domains",
  "*.RoleAdminChanged":
    "no contract reassigns a role's admin role (OZ 5's TimelockController no longer does either)",
  "WatershedTimelock.Cancelled":
    "only the governor may cancel timelock operations, and Governor.cancel only accepts Pending proposals, which never reach the timelock",
};

export function isExcluded(key: string): boolean {
  const event = key.split(".")[1];
  return key in NEVER_EMITTED || `*.${event}` in NEVER_EMITTED;
}

/** Every event a history of the deployed contracts should contain, as "Contract.Event". */
export function eventCatalog(): string[] {
  const keys = CONTRACT_NAMES.flatMap((name) =>
    abiEvents(artifact(ARTIFACT_OF[name]).abi).map((ev) => `${name}.${ev.name}`),
  );
  return [...new Set(keys)].filter((k) => !isExcluded(k)).sort();
}
