import { Address, BigInt, Bytes } from "@graphprotocol/graph-ts";
import { Account, Governance, SupplyDay, Token } from "../../generated/schema";
import { GOVERNANCE_ID, SECONDS_PER_DAY, TOKEN_ID, ZERO } from "./constants";
import { dayIdOf } from "./time";

export function getToken(address: Address): Token {
  let token = Token.load(TOKEN_ID);
  if (token == null) {
    token = new Token(TOKEN_ID);
    token.address = address;
    token.totalSupply = ZERO;
    token.minted = ZERO;
    token.burned = ZERO;
    token.stockHoldings = ZERO;
    token.holderCount = 0;
    token.delegateCount = 0;
    token.delegatedVotes = ZERO;
  }
  return token;
}

export function getAccount(address: Bytes, timestamp: BigInt): Account {
  let account = Account.load(address);
  if (account == null) {
    account = new Account(address);
    account.balance = ZERO;
    account.votingPower = ZERO;
    account.firstSeenAt = timestamp;
    account.delegatorCount = 0;
    account.voteCount = 0;
  }
  return account;
}

export function getGovernance(): Governance {
  let governance = Governance.load(GOVERNANCE_ID);
  if (governance == null) {
    governance = new Governance(GOVERNANCE_ID);
    governance.proposals = ZERO;
    governance.currentTokenHolders = ZERO;
    governance.currentDelegates = ZERO;
    governance.delegatedVotes = ZERO;
    governance.proposalsQueued = ZERO;
    governance.proposalsExecuted = ZERO;
    governance.proposalsCanceled = ZERO;
    governance.proposalsDefeated = ZERO;
    governance.active = false;
  }
  return governance;
}

/** Updates the day's supply row from the token's running totals. */
export function updateSupplyDay(
  token: Token,
  timestamp: BigInt,
  minted: BigInt,
  burned: BigInt,
): void {
  const dayId = dayIdOf(timestamp);
  const id = dayId.toString();
  let day = SupplyDay.load(id);
  if (day == null) {
    day = new SupplyDay(id);
    day.dayId = dayId;
    day.date = i32(i64(dayId) * SECONDS_PER_DAY);
    day.mintedInDay = ZERO;
    day.burnedInDay = ZERO;
  }
  day.totalSupply = token.totalSupply;
  day.circulating = token.totalSupply.minus(token.stockHoldings);
  day.burned = token.burned;
  day.mintedInDay = day.mintedInDay.plus(minted);
  day.burnedInDay = day.burnedInDay.plus(burned);
  day.save();
}

/** The community token's address, known from its first Transfer (the genesis mint). */
export function tokenAddress(): Bytes {
  const token = Token.load(TOKEN_ID);
  if (token == null) throw new Error("token not indexed yet: its genesis Transfer must come first");
  return token.address;
}
