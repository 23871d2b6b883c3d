// Stakers choose lock lengths (the power-law weight rewards long locks), claim their fee
// share now and then, and leave when short locks expire. Downloaders stake for access.
import { balanceOf } from "../../../economy/model/ledger.ts";
import { claim, pendingReward, stake, unstake } from "../../../economy/model/staking.ts";
import { DAY, TOKEN } from "../../../economy/parameters.ts";
import { act, perBlock, type Sim } from "./sim.ts";

/** Lock lengths in days and how often stakers pick them. */
const LOCKS = [0, 1, 7, 30, 90, 180, 365];
const LOCK_WEIGHTS = [3, 2, 3, 3, 2, 2, 1];

export function stakeOnce(sim: Sim, who: string, share: number): void {
  const { rng, model } = sim;
  const balance = balanceOf(model.ledger, who);
  const amount = ((balance * BigInt(Math.floor(share * 1000))) / 1000n / TOKEN) * TOKEN;
  if (amount < 60n * TOKEN) return;
  const lock = BigInt(LOCKS[rng.weighted(LOCK_WEIGHTS)]!) * DAY;
  act(sim, "stake", who, "StakingVault", "stake", [amount, lock], () =>
    stake(model, who, amount, lock, sim.now),
  );
}

export function stakingActivity(sim: Sim): void {
  const { rng, model, pop } = sim;
  const agents = [...pop.collectors, ...pop.stakers, ...pop.creators];
  if (rng.chance(perBlock(sim, 0.04))) stakeOnce(sim, rng.pick(agents), 0.1 + rng.next() * 0.4);
  const hostPositions = new Set(pop.hosts.map((h) => h.positionId));
  const positions = model.vault.positions
    .map((p, id) => ({ p, id }))
    .filter(({ p, id }) => !p.closed && !hostPositions.has(id));
  if (positions.length === 0) return;
  if (rng.chance(perBlock(sim, 0.15))) {
    const { p, id } = rng.pick(positions);
    if (pendingReward(model, id) > 0n) {
      act(sim, "claim", p.owner, "StakingVault", "claim", [BigInt(id)], () =>
        claim(model, p.owner, id),
      );
    }
  }
  const expired = positions.filter(({ p }) => p.lockEnd <= sim.now);
  if (expired.length > 0 && rng.chance(perBlock(sim, 0.05))) {
    const { p, id } = rng.pick(expired);
    act(sim, "unstake", p.owner, "StakingVault", "unstake", [BigInt(id)], () =>
      unstake(model, p.owner, id, sim.now),
    );
  }
}
