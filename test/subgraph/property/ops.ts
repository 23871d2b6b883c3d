// Random operations on a small economy (four holders, the two treasuries, the staking
// vault, one proposal), as fast-check arbitraries. Each carries raw numbers that the
// model (economy-model.ts) fits to the current state, so every sequence is valid.
import fc from "fast-check";

const who = fc.integer({ min: 0, max: 3 });
/** a share of what is available, in thousandths */
const frac = fc.integer({ min: 1, max: 1000 });
const amount = fc.bigInt({ min: 1n, max: 10n ** 24n });
const stock = fc.constantFrom(0, 1);

export type Op =
  | { op: "mint"; to: number; amount: bigint }
  | { op: "transfer"; from: number; to: number; frac: number }
  | { op: "burn"; from: number; frac: number }
  | { op: "fee"; payer: number; stock: number; frac: number }
  | { op: "grant"; stock: number; to: number; frac: number }
  | {
      op: "emit";
      to: number;
      kind: number;
      stock: number;
      epoch: number;
      frac: number;
      amount: bigint;
    }
  | { op: "stake"; owner: number; frac: number; boostBps: number }
  | { op: "notify"; payer: number; frac: number }
  | { op: "claim"; pick: number; frac: number }
  | { op: "unstake"; pick: number }
  | { op: "slash"; pick: number; bps: number; burnBps: number }
  | { op: "vote"; voter: number; support: number; weight: bigint };

export type Step = Op & { newBlock: boolean };

const ops: fc.Arbitrary<Op>[] = [
  fc.record({ op: fc.constant("mint" as const), to: who, amount }),
  fc.record({ op: fc.constant("transfer" as const), from: who, to: who, frac }),
  fc.record({ op: fc.constant("burn" as const), from: who, frac }),
  fc.record({ op: fc.constant("fee" as const), payer: who, stock, frac }),
  fc.record({ op: fc.constant("grant" as const), stock, to: who, frac }),
  fc.record({
    op: fc.constant("emit" as const),
    to: who,
    kind: fc.integer({ min: 0, max: 2 }),
    stock,
    epoch: fc.integer({ min: 0, max: 4 }),
    frac,
    amount,
  }),
  fc.record({
    op: fc.constant("stake" as const),
    owner: who,
    frac,
    boostBps: fc.integer({ min: 0, max: 30_000 }),
  }),
  fc.record({ op: fc.constant("notify" as const), payer: who, frac }),
  fc.record({ op: fc.constant("claim" as const), pick: fc.nat(), frac }),
  fc.record({ op: fc.constant("unstake" as const), pick: fc.nat() }),
  fc.record({
    op: fc.constant("slash" as const),
    pick: fc.nat(),
    bps: fc.integer({ min: 1, max: 10_000 }),
    burnBps: fc.integer({ min: 0, max: 10_000 }),
  }),
  fc.record({
    op: fc.constant("vote" as const),
    voter: who,
    support: fc.integer({ min: 0, max: 2 }),
    weight: fc.bigInt({ min: 0n, max: 10n ** 24n }),
  }),
];

export const steps = (maxLength: number): fc.Arbitrary<Step[]> =>
  fc.array(
    fc.tuple(fc.oneof(...ops), fc.boolean()).map(([op, newBlock]) => ({ ...op, newBlock })),
    { minLength: 1, maxLength },
  );
