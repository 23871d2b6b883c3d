// Store-only invariants of the indexed economy, shared by the property test: they hold
// after any valid event sequence, whatever the chain did.
import { expect } from "vitest";
import type { ReadableStore } from "../../../mocks/graph-node/store/types.ts";
import { all, must, type Plain, sum } from "./entities.ts";

/** Σ account balances = total supply = minted − burned; stock holdings = Σ stock accounts. */
export function expectTokenBooks(store: ReadableStore): void {
  const token = must(store, "Token", "token");
  const accounts = all(store, "Account");
  expect(sum(accounts.map((a) => a.balance))).toBe(token.totalSupply);
  expect((token.minted as bigint) - (token.burned as bigint)).toBe(token.totalSupply);
  expect(accounts.every((a) => (a.balance as bigint) >= 0n)).toBe(true);
  expect(token.holderCount).toBe(accounts.filter((a) => a.balance !== 0n).length);
  expect(token.stockHoldings).toBe(sum(accounts.filter((a) => a.stock).map((a) => a.balance)));
}

const flowOrder = (f: Plain) =>
  (f.blockNumber as bigint) * 1_000_000n + BigInt((f.id as string).split("-")[1]!);

/** Each stock balance = Σ inflows − Σ outflows, its totals and last balanceAfter agree. */
export function expectStockBooks(store: ReadableStore): void {
  const flows = all(store, "StockFlow");
  for (const b of all(store, "StockBalance")) {
    const mine = flows.filter((f) => f.stockBalance === b.id);
    const inflow = sum(mine.filter((f) => f.direction === "IN").map((f) => f.amount));
    const outflow = sum(mine.filter((f) => f.direction === "OUT").map((f) => f.amount));
    expect([b.id, b.balance, b.inflowTotal, b.outflowTotal, b.flowCount]).toEqual([
      b.id,
      inflow - outflow,
      inflow,
      outflow,
      mine.length,
    ]);
    const last = mine.reduce((x, y) => (flowOrder(y) > flowOrder(x) ? y : x));
    expect(last.balanceAfter).toBe(b.balance);
  }
}

/** Each proposal's tallies = Σ its votes by choice. */
export function expectTallies(store: ReadableStore): void {
  const votes = all(store, "Vote");
  for (const p of all(store, "Proposal")) {
    const mine = votes.filter((v) => v.proposal === p.id);
    const by = (c: string) => sum(mine.filter((v) => v.choice === c).map((v) => v.weight));
    expect([p.forVotes, p.againstVotes, p.abstainVotes, p.totalVotes, p.voterCount]).toEqual([
      by("FOR"),
      by("AGAINST"),
      by("ABSTAIN"),
      sum(mine.map((v) => v.weight)),
      mine.length,
    ]);
  }
}

/** Totals = Σ emissions; each epoch's cumulative = Σ totals of it and earlier epochs. */
export function expectEmissionCurve(store: ReadableStore): void {
  const emissions = all(store, "Emission");
  const totals = store.get("EmissionTotals", "emissions")
    ? must(store, "EmissionTotals", "emissions")
    : null;
  expect(totals?.cumulative ?? 0n).toBe(sum(emissions.map((e) => e.amount)));
  let running = 0n;
  for (const e of all(store, "EmissionEpoch").sort((a, b) => Number(a.epoch) - Number(b.epoch))) {
    running += e.total as bigint;
    expect([e.epoch, e.cumulative]).toEqual([e.epoch, running]);
  }
}

/** Supply days chain: each day's supply and burned = previous + what the day minted/burned. */
export function expectSupplyDays(store: ReadableStore): void {
  let supply = 0n;
  let burned = 0n;
  const days = all(store, "SupplyDay").sort((a, b) => (a.dayId as number) - (b.dayId as number));
  for (const d of days) {
    supply += (d.mintedInDay as bigint) - (d.burnedInDay as bigint);
    burned += d.burnedInDay as bigint;
    expect([d.dayId, d.totalSupply, d.burned]).toEqual([d.dayId, supply, burned]);
  }
  // the latest day is current: what the stocks do not hold circulates
  const token = must(store, "Token", "token");
  const last = days.at(-1)!;
  expect([last.totalSupply, last.circulating]).toEqual([
    token.totalSupply,
    (token.totalSupply as bigint) - (token.stockHoldings as bigint),
  ]);
}

/**
 * Delegation aggregates: each account's delegator count = accounts naming it as delegate,
 * its vote count = its votes, and its latest power day = its power, its days' deltas summing
 * to it.
 */
export function expectDelegation(store: ReadableStore): void {
  const accounts = all(store, "Account");
  const votes = all(store, "Vote");
  const days = all(store, "VotingPowerDay");
  for (const a of accounts) {
    const mine = days.filter((d) => d.account === a.id);
    const last = mine.reduce<Plain | null>(
      (x, d) => (x === null || (d.dayId as number) > (x.dayId as number) ? d : x),
      null,
    );
    expect([a.id, a.delegatorCount, a.voteCount, last?.votingPower ?? 0n]).toEqual([
      a.id,
      accounts.filter((d) => d.delegate === a.id).length,
      votes.filter((v) => v.voter === a.id).length,
      a.votingPower,
    ]);
    expect([a.id, sum(mine.map((d) => d.delta))]).toEqual([a.id, a.votingPower]);
    expect([a.id, a.firstVotingPowerAt === undefined]).toEqual([a.id, mine.length === 0]);
  }
}
