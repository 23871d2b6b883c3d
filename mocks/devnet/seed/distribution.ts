// Distribution before governance: approvals, grants and airdrops out of the company reserve,
// delegation, one recorded donation, and activation once distributed supply passes the
// threshold (reusing bootstrap.ts, mined with automine on).
import { maxUint256 } from "viem";
import { balanceOf, ensure } from "../../../economy/model/ledger.ts";
import { donate, grant } from "../../../economy/model/treasury.ts";
import { GOVERNANCE_DEFAULTS, TOKEN } from "../../../economy/parameters.ts";
import { activateGovernance } from "../bootstrap.ts";
import { act, addressOf, type Sim } from "./sim.ts";

const GRANT_FLOW = 3;

export interface Airdrop {
  window: number;
  to: string;
  amount: bigint;
}

/** Working capital at once for the active agents; the voters' and whales' allocations spread out. */
export function planAirdrops(sim: Sim, lastWindow: number): Airdrop[] {
  const { pop, rng } = sim;
  const drops: Airdrop[] = [];
  const now = (to: string, tokens: number) =>
    drops.push({ window: 0, to, amount: BigInt(tokens) * TOKEN });
  for (const h of pop.hosts) now(h.address, rng.range(3_000, 9_000));
  for (const c of pop.creators) now(c, rng.range(300, 3_000));
  for (const c of pop.collectors) now(c, rng.range(2_000, 25_000));
  for (const s of pop.stakers) now(s, rng.range(5_000, 60_000));
  now(pop.delegate, 25_000);
  const late = Math.max(1, lastWindow);
  for (const w of pop.whales)
    drops.push({ window: rng.range(1, late), to: w, amount: 4_200_000n * TOKEN });
  for (const v of pop.voters)
    drops.push({ window: rng.range(1, late), to: v, amount: 800_000n * TOKEN });
  return drops.sort((a, b) => a.window - b.window);
}

export function sendGrant(sim: Sim, to: string, amount: bigint): boolean {
  const { d, model } = sim;
  const company = model.accounts.companyReserve;
  const args = [d.contracts.CommunityToken.address, to, amount, GRANT_FLOW] as const;
  return act(sim, "grant", sim.pop.deployer, "CompanyReserve", "withdraw", args, () => {
    ensure(!model.governanceActive, "AccessControlUnauthorizedAccount");
    grant(model, company, to, amount);
  });
}

/** Every agent lets the fee router, the vault and the market pull its tokens. */
export function approveAll(sim: Sim): void {
  for (const holder of sim.pop.holders) {
    for (const spender of ["FeeRouter", "StakingVault", "NftMarket"] as const) {
      const args = [addressOf(sim, spender), maxUint256];
      act(sim, "approve", holder, "CommunityToken", "approve", args);
    }
  }
}

export function delegate(sim: Sim, holder: string): void {
  const to = sim.pop.delegation.get(holder);
  if (to && act(sim, "delegate", holder, "CommunityToken", "delegate", [to])) {
    sim.delegated.set(holder, to);
  }
}

/** A holder tips the community treasury by plain transfer; anyone then records it. */
export function donation(sim: Sim, from: string, amount: bigint): void {
  const treasury = sim.model.accounts.communityTreasury;
  const ok = act(sim, "donate", from, "CommunityToken", "transfer", [treasury, amount], () =>
    donate(sim.model, from, treasury, amount),
  );
  const token = addressOf(sim, "CommunityToken");
  if (ok) act(sim, "recordDonations", from, "CommunityTreasury", "recordDonations", [token]);
}

export const distributedSupply = (sim: Sim) =>
  sim.model.ledger.totalSupply - balanceOf(sim.model.ledger, sim.model.accounts.companyReserve);

/** Tops distribution up to the threshold if the airdrops fell short (they rarely do). */
export function topUpDistribution(sim: Sim): void {
  const missing = GOVERNANCE_DEFAULTS.activationThreshold - distributedSupply(sim);
  if (missing >= 0n) sendGrant(sim, sim.pop.whales[2]!, missing + TOKEN);
}

/** activateGovernance from bootstrap.ts, automined between two of the seeder's blocks. */
export async function activate(sim: Sim): Promise<void> {
  ensure(distributedSupply(sim) >= GOVERNANCE_DEFAULTS.activationThreshold, "Below threshold");
  const from = BigInt(await sim.rpc.call<string>("eth_blockNumber")) + 1n;
  await sim.rpc.call("evm_setAutomine", [true]);
  sim.d = await activateGovernance(sim.clients, sim.d);
  await sim.rpc.call("evm_setAutomine", [false]);
  sim.model.governanceActive = true;
  await sim.builder.absorb(from);
  await sim.builder.syncNonces([sim.pop.deployer]);
  sim.actions.activateGovernance = 1;
}
