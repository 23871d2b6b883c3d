// Numeric codes carried by the contracts' events (EconomyTypes.sol) mapped to the schema's
// enum values. The order is part of the event catalog (contracts/README.md).

const FLOW_SOURCES: string[] = [
  "FEE",
  "ROYALTY",
  "BUYBACK",
  "GRANT",
  "SLASH",
  "EMISSION_FUNDING",
  "DIVERSIFICATION",
  "DONATION",
  "INITIAL_ALLOCATION",
];
const FEE_KINDS: string[] = ["GENERATION", "MINT", "DOWNLOAD"];
const EMISSION_KINDS: string[] = ["GENERATION", "SHARE", "HOSTING"];
const EMISSION_SOURCES: string[] = ["COMPANY_RESERVE", "COMMUNITY_TREASURY", "INFLATION"];
const ROYALTY_ROLES: string[] = ["CREATOR", "DATASET_CONTRIBUTOR", "FINE_TUNER", "COMMUNITY"];
const SLASH_REASONS: string[] = ["FAILED_AVAILABILITY_SAMPLE", "GOVERNANCE"];
const VOTE_CHOICES: string[] = ["AGAINST", "FOR", "ABSTAIN"];

function pick(names: string[], code: i32, what: string): string {
  if (code < 0 || code >= names.length)
    throw new Error("unknown " + what + " code " + code.toString());
  return names[code];
}

export function flowSource(code: i32): string {
  return pick(FLOW_SOURCES, code, "flow source");
}
export function feeKind(code: i32): string {
  return pick(FEE_KINDS, code, "fee kind");
}
export function emissionKind(code: i32): string {
  return pick(EMISSION_KINDS, code, "emission kind");
}
export function emissionSource(code: i32): string {
  return pick(EMISSION_SOURCES, code, "emission source");
}
export function royaltyRole(code: i32): string {
  return pick(ROYALTY_ROLES, code, "royalty role");
}
export function slashReason(code: i32): string {
  return pick(SLASH_REASONS, code, "slash reason");
}
export function voteChoice(code: i32): string {
  return pick(VOTE_CHOICES, code, "vote choice");
}
