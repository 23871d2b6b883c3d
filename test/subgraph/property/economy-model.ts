// Keeps the books of the small economy and turns each operation into the logs the
// contracts would emit for it, in their order (token Transfer before the stock's Inflow
// or Outflow, burns and the treasury deposit before Slashed). An operation the contracts
// would refuse (nothing to pay with, no open position) is dropped.
import type { Address } from "viem";
import { EMISSION_SOURCE, FLOW, SLASH_REASON } from "../factories/codes.ts";
import { newVoteCastEvent } from "../factories/community-governor.ts";
import { newTransferEvent } from "../factories/community-token.ts";
import { newEmissionEvent } from "../factories/emission-schedule.ts";
import { addressOf, type RawLog, type TxMeta } from "../factories/log.ts";
import {
  newRewardClaimedEvent,
  newRewardNotifiedEvent,
  newSlashedEvent,
  newStakedEvent,
  newUnstakedEvent,
} from "../factories/staking-vault.ts";
import { newInflowEvent, newOutflowEvent, type TreasuryName } from "../factories/treasury.ts";
import type { Op } from "./ops.ts";

const ZERO: Address = "0x0000000000000000000000000000000000000000";
export const HOLDERS: Address[] = [1, 2, 3, 4].map(
  (i) => `0x00000000000000000000000000000000000000a${i}` as Address,
);
const TOKEN = addressOf("CommunityToken");
const VAULT = addressOf("StakingVault");
const TREASURIES: TreasuryName[] = ["CompanyReserve", "CommunityTreasury"];
const SOURCES = [EMISSION_SOURCE.COMPANY_RESERVE, EMISSION_SOURCE.COMMUNITY_TREASURY];
export const LOCK_END = 4_000_000_000n;

export interface Position {
  id: bigint;
  owner: Address;
  amount: bigint;
  weight: bigint;
  claimed: bigint;
  slashed: bigint;
  closed: boolean;
}

export class EconomyModel {
  readonly balances = new Map<string, bigint>();
  readonly positions: Position[] = [];
  readonly voted = new Set<string>();
  supply = 0n;
  private tx = 0;

  constructor(
    readonly run: number,
    readonly proposalId: bigint,
  ) {}

  balance(a: Address): bigint {
    return this.balances.get(a.toLowerCase()) ?? 0n;
  }

  /** the vault's tokens beyond the open stakes: rewards waiting to be claimed */
  rewardPool(): bigint {
    const staked = this.positions.filter((p) => !p.closed).reduce((s, p) => s + p.amount, 0n);
    return this.balance(VAULT) - staked;
  }

  private move(from: Address, to: Address, value: bigint, tx: string | TxMeta): RawLog {
    if (from !== ZERO) this.balances.set(from.toLowerCase(), this.balance(from) - value);
    else this.supply += value;
    if (to !== ZERO) this.balances.set(to.toLowerCase(), this.balance(to) + value);
    else this.supply -= value;
    return newTransferEvent({ from, to, value }, { tx });
  }

  /** the opening block's logs: genesis mint and the company reserve's initial allocation */
  genesis(): RawLog[] {
    const tx = this.nextTx();
    const reserve = addressOf("CompanyReserve");
    const allocation = 600_000n * 10n ** 18n;
    return [
      this.move(ZERO, HOLDERS[0]!, 1_000_000n * 10n ** 18n, tx),
      this.move(HOLDERS[0]!, reserve, allocation, tx),
      newInflowEvent(
        "CompanyReserve",
        { asset: TOKEN, from: HOLDERS[0]!, amount: allocation, flow: FLOW.INITIAL_ALLOCATION },
        { tx },
      ),
    ];
  }

  private nextTx(): string {
    return `run${this.run}-tx${this.tx++}`;
  }

  apply(o: Op): RawLog[] {
    const tx = this.nextTx();
    const part = (of: bigint, f: number) => (of * BigInt(f)) / 1000n;
    switch (o.op) {
      case "mint":
        return [this.move(ZERO, HOLDERS[o.to]!, o.amount, tx)];
      case "transfer":
        return [
          this.move(
            HOLDERS[o.from]!,
            HOLDERS[o.to]!,
            part(this.balance(HOLDERS[o.from]!), o.frac),
            tx,
          ),
        ];
      case "burn":
        return [
          this.move(HOLDERS[o.from]!, ZERO, part(this.balance(HOLDERS[o.from]!), o.frac), tx),
        ];
      case "fee": {
        const payer = HOLDERS[o.payer]!;
        const amount = part(this.balance(payer), o.frac);
        if (amount === 0n) return [];
        const name = TREASURIES[o.stock]!;
        return [
          this.move(payer, addressOf(name), amount, tx),
          newInflowEvent(name, { asset: TOKEN, from: payer, amount, flow: FLOW.FEE }, { tx }),
        ];
      }
      case "grant":
      case "emit": {
        const name = TREASURIES[o.stock]!;
        const to = HOLDERS[o.to]!;
        if (o.op === "emit" && o.kind === 2) {
          // hosting rewards are minted, for an epoch that may already be over
          return [
            this.move(ZERO, to, o.amount, tx),
            newEmissionEvent(
              {
                recipient: to,
                kind: 2,
                source: EMISSION_SOURCE.INFLATION,
                amount: o.amount,
                epoch: BigInt(o.epoch),
              },
              { tx },
            ),
          ];
        }
        const amount = part(this.balance(addressOf(name)), o.frac);
        if (amount === 0n) return [];
        const flow = o.op === "grant" ? FLOW.GRANT : FLOW.EMISSION_FUNDING;
        const logs = [
          this.move(addressOf(name), to, amount, tx),
          newOutflowEvent(name, { asset: TOKEN, to, amount, flow }, { tx }),
        ];
        if (o.op === "emit") {
          logs.push(
            newEmissionEvent(
              {
                recipient: to,
                kind: o.kind,
                source: SOURCES[o.stock]!,
                amount,
                epoch: BigInt(o.epoch),
              },
              { tx },
            ),
          );
        }
        return logs;
      }
      case "stake": {
        const owner = HOLDERS[o.owner]!;
        const amount = part(this.balance(owner), o.frac);
        if (amount === 0n) return [];
        const p: Position = {
          id: BigInt(this.positions.length),
          owner,
          amount,
          weight: (amount * BigInt(10_000 + o.boostBps)) / 10_000n,
          claimed: 0n,
          slashed: 0n,
          closed: false,
        };
        this.positions.push(p);
        return [
          this.move(owner, VAULT, amount, tx),
          newStakedEvent(
            { positionId: p.id, owner, amount, lockEnd: LOCK_END, weight: p.weight },
            { tx },
          ),
        ];
      }
      case "notify": {
        const payer = HOLDERS[o.payer]!;
        const amount = part(this.balance(payer), o.frac);
        if (amount === 0n) return [];
        const totalWeight = this.positions
          .filter((p) => !p.closed)
          .reduce((s, p) => s + p.weight, 0n);
        // the vault's flow names the transaction's sender as the payer
        const sent = { seed: tx, from: payer };
        return [
          this.move(payer, VAULT, amount, sent),
          newRewardNotifiedEvent({ amount, totalWeight, accRewardPerWeight: 0n }, { tx: sent }),
        ];
      }
      case "claim": {
        const p = this.open(o.pick);
        const amount = p ? part(this.rewardPool(), o.frac) : 0n;
        if (!p || amount === 0n) return [];
        p.claimed += amount;
        return [
          this.move(VAULT, p.owner, amount, tx),
          newRewardClaimedEvent({ positionId: p.id, owner: p.owner, amount }, { tx }),
        ];
      }
      case "unstake": {
        const p = this.open(o.pick);
        if (!p) return [];
        p.closed = true;
        return [
          this.move(VAULT, p.owner, p.amount, tx),
          newUnstakedEvent({ positionId: p.id, owner: p.owner, amount: p.amount }, { tx }),
        ];
      }
      case "slash":
        return this.slash(o, tx);
      case "vote": {
        const voter = HOLDERS[o.voter]!;
        if (this.voted.has(voter)) return [];
        this.voted.add(voter);
        return [
          newVoteCastEvent(
            {
              voter,
              proposalId: this.proposalId,
              support: o.support,
              weight: o.weight,
              reason: "",
            },
            { tx },
          ),
        ];
      }
    }
  }

  private open(pick: number): Position | undefined {
    const open = this.positions.filter((p) => !p.closed);
    return open.length > 0 ? open[pick % open.length] : undefined;
  }

  /** StakingVault.slash: burn first, then the treasury's deposit, then Slashed. */
  private slash(o: Extract<Op, { op: "slash" }>, tx: string): RawLog[] {
    const p = this.open(o.pick);
    if (!p) return [];
    const amount = (p.amount * BigInt(o.bps)) / 10_000n;
    if (amount === 0n) return [];
    const burned = (amount * BigInt(o.burnBps)) / 10_000n;
    const toTreasury = amount - burned;
    const logs: RawLog[] = [];
    if (burned > 0n) logs.push(this.move(VAULT, ZERO, burned, tx));
    if (toTreasury > 0n) {
      const treasury = addressOf("CommunityTreasury");
      logs.push(
        this.move(VAULT, treasury, toTreasury, tx),
        newInflowEvent(
          "CommunityTreasury",
          { asset: TOKEN, from: p.owner, amount: toTreasury, flow: FLOW.SLASH },
          { tx },
        ),
      );
    }
    p.weight = (p.weight * (p.amount - amount)) / p.amount;
    p.amount -= amount;
    p.slashed += amount;
    logs.push(
      newSlashedEvent(
        {
          positionId: p.id,
          owner: p.owner,
          amount,
          toTreasury,
          burned,
          reason: SLASH_REASON.FAILED_AVAILABILITY_SAMPLE,
        },
        { tx },
      ),
    );
    return logs;
  }
}
