// The calls a proposal makes once beside its parameter changes, read from its decoded
// actions: a buyback spends the stable reserve, a withdraw pays a grant out of a stock.
import type { OneOffs } from "../../../../../economy/impact.ts";
import type { AssetInfo } from "../../../../lib/config.ts";
import type { DecodedAction } from "../../api/actions-model.ts";

const argOf = (a: { args: { name: string; value: unknown }[] }, name: string) =>
  a.args.find((x) => x.name === name)?.value;

export function oneOffsOf(actions: DecodedAction[], native: AssetInfo | undefined): OneOffs {
  const o: OneOffs = { buybackStable: 0n, companyGrants: 0n, communityGrants: 0n };
  for (const a of actions) {
    if (a.kind !== "call") continue;
    if (a.targetName === "StableReserve" && a.functionName === "buyback") {
      const amount = argOf(a, "stableAmount");
      if (typeof amount === "bigint") o.buybackStable += amount;
    }
    if (a.functionName !== "withdraw") continue;
    const amount = argOf(a, "amount");
    const asset = String(argOf(a, "asset") ?? "").toLowerCase();
    if (typeof amount !== "bigint" || asset !== native?.address.toLowerCase()) continue;
    if (a.targetName === "CommunityTreasury") o.communityGrants += amount;
    if (a.targetName === "CompanyReserve") o.companyGrants += amount;
  }
  return o;
}

export const hasOneOffs = (o: OneOffs) =>
  o.buybackStable > 0n || o.companyGrants > 0n || o.communityGrants > 0n;
