// Token and stablecoin balances by account id. Stocks are accounts like any other; what
// makes one a stock is the role given to its id in EconomyState.accounts.

/** An action the contracts would revert: the model refuses it before changing anything. */
export class ModelRevert extends Error {
  constructor(
    readonly reason: string,
    detail = "",
  ) {
    super(detail ? `${reason}: ${detail}` : reason);
  }
}

export function ensure(condition: boolean, reason: string, detail = ""): asserts condition {
  if (!condition) throw new ModelRevert(reason, detail);
}

export interface Ledger {
  tokens: Map<string, bigint>;
  stable: Map<string, bigint>;
  totalSupply: bigint;
  /** minted and burned since the model started */
  minted: bigint;
  burned: bigint;
  stableMinted: bigint;
}

export function createLedger(): Ledger {
  return {
    tokens: new Map(),
    stable: new Map(),
    totalSupply: 0n,
    minted: 0n,
    burned: 0n,
    stableMinted: 0n,
  };
}

export const balanceOf = (l: Ledger, id: string) => l.tokens.get(id) ?? 0n;
export const stableOf = (l: Ledger, id: string) => l.stable.get(id) ?? 0n;

function move(book: Map<string, bigint>, from: string, to: string, amount: bigint, what: string) {
  const have = book.get(from) ?? 0n;
  // the message only when refusing: formatting bigints on every transfer was most of a
  // 365-day projection's time
  if (have < amount)
    throw new ModelRevert("InsufficientBalance", `${from} has ${have} ${what}, needs ${amount}`);
  book.set(from, have - amount);
  book.set(to, (book.get(to) ?? 0n) + amount);
}

export function transfer(l: Ledger, from: string, to: string, amount: bigint): void {
  move(l.tokens, from, to, amount, "tokens");
}

export function transferStable(l: Ledger, from: string, to: string, amount: bigint): void {
  move(l.stable, from, to, amount, "stable");
}

export function mint(l: Ledger, to: string, amount: bigint): void {
  l.tokens.set(to, balanceOf(l, to) + amount);
  l.totalSupply += amount;
  l.minted += amount;
}

export function burn(l: Ledger, from: string, amount: bigint): void {
  const have = balanceOf(l, from);
  if (have < amount) throw new ModelRevert("InsufficientBalance", `${from} cannot burn ${amount}`);
  l.tokens.set(from, have - amount);
  l.totalSupply -= amount;
  l.burned += amount;
}

export function mintStable(l: Ledger, to: string, amount: bigint): void {
  l.stable.set(to, stableOf(l, to) + amount);
  l.stableMinted += amount;
}

/** Balances existing before the model started (genesis supply, earlier grants). */
export function seedBalance(l: Ledger, id: string, amount: bigint): void {
  l.tokens.set(id, balanceOf(l, id) + amount);
  l.totalSupply += amount;
}
