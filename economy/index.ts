// The economy in pure TypeScript: parameters, the contracts' policies in exact bigint
// arithmetic, a mirror of the contracts' state (model/) and projections built on it.
export * from "./base-fee.ts";
export * from "./emission.ts";
export * from "./fee-split.ts";
export * from "./hosting.ts";
export * from "./lock-weight.ts";
export * from "./model/fees.ts";
export * from "./model/hosting.ts";
export * from "./model/ledger.ts";
export * from "./model/market.ts";
export * from "./model/staking.ts";
export * from "./model/state.ts";
export * from "./model/treasury.ts";
export * from "./parameters.ts";
export * from "./projection.ts";
export * from "./royalty.ts";
export * from "./saturation.ts";
export * from "./slash.ts";
