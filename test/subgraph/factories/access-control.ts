// OpenZeppelin AccessControl's role events, as any of the AccessControl data sources emits them.
import type { Address, Hex } from "viem";
import { DEFAULT_ADMIN_ROLE, role } from "../../../mocks/devnet/roles.ts";
import { type DataSourceName, type EventMeta, eventLog } from "./log.ts";

/** The data sources whose contract is AccessControl (every one that handles role events). */
export const ACCESS_CONTROLLED = [
  "CommunityToken",
  "CompanyReserve",
  "CommunityTreasury",
  "StableReserve",
  "FeeRouter",
  "EmissionSchedule",
  "StakingVault",
  "HostingRewards",
  "SaturationOracle",
  "PortfolioNFT",
] as const satisfies readonly DataSourceName[];

/** A role's bytes32 id: keccak256 of its name, zero for DEFAULT_ADMIN_ROLE. */
export const roleHash = (name: string): Hex =>
  name === "DEFAULT_ADMIN_ROLE" ? DEFAULT_ADMIN_ROLE : role(name);

type Membership = { role: Hex; account: Address; sender: Address };

export const newRoleGrantedEvent = (source: DataSourceName, p: Membership, meta?: EventMeta) =>
  eventLog(source, "RoleGranted", p, meta);

export const newRoleRevokedEvent = (source: DataSourceName, p: Membership, meta?: EventMeta) =>
  eventLog(source, "RoleRevoked", p, meta);

export const newRoleAdminChangedEvent = (
  source: DataSourceName,
  p: { role: Hex; previousAdminRole: Hex; newAdminRole: Hex },
  meta?: EventMeta,
) => eventLog(source, "RoleAdminChanged", p, meta);
