import { Address, BigInt } from "@graphprotocol/graph-ts";
import {
  DelegateChanged,
  DelegateVotesChanged,
  RoleAdminChanged,
  RoleGranted,
  RoleRevoked,
  Transfer,
} from "../../generated/CommunityToken/CommunityToken";
import { Account, DelegateChange, Token, VotingPowerChange } from "../../generated/schema";
import { ZERO, ZERO_ADDRESS } from "../common/constants";
import { moveDelegator, recordPowerDay } from "../common/delegation";
import { recordPayerTransfer } from "../common/payer-days";
import { recordRoleAdminChanged, recordRoleGranted, recordRoleRevoked } from "../common/roles";
import { eventId } from "../common/time";
import { getAccount, getGovernance, getToken, updateSupplyDay } from "../common/token";

function moveBalance(token: Token, account: Account, delta: BigInt, timestamp: BigInt): void {
  const before = account.balance;
  account.balance = before.plus(delta);
  if (before.isZero() && !account.balance.isZero()) token.holderCount += 1;
  if (!before.isZero() && account.balance.isZero()) token.holderCount -= 1;
  if (account.stock != null) token.stockHoldings = token.stockHoldings.plus(delta);
  account.save();
  recordPayerTransfer(account, delta, timestamp);
}

export function handleTransfer(event: Transfer): void {
  const token = getToken(event.address);
  const holdersBefore = token.holderCount;
  const amount = event.params.value;
  const ts = event.block.timestamp;
  let minted = ZERO;
  let burned = ZERO;
  if (event.params.from.toHexString() == ZERO_ADDRESS) {
    minted = amount;
    token.totalSupply = token.totalSupply.plus(amount);
    token.minted = token.minted.plus(amount);
  } else {
    moveBalance(token, getAccount(event.params.from, ts), amount.neg(), ts);
  }
  if (event.params.to.toHexString() == ZERO_ADDRESS) {
    burned = amount;
    token.totalSupply = token.totalSupply.minus(amount);
    token.burned = token.burned.plus(amount);
  } else {
    moveBalance(token, getAccount(event.params.to, ts), amount, ts);
  }
  token.save();
  updateSupplyDay(token, ts, minted, burned);
  // Most transfers move tokens between existing holders: touch Governance only when the
  // holder count moved, keeping a load and a save off the hottest handler.
  if (token.holderCount == holdersBefore) return;
  const governance = getGovernance();
  governance.currentTokenHolders = BigInt.fromI32(token.holderCount);
  governance.save();
}

export function handleDelegateChanged(event: DelegateChanged): void {
  const change = new DelegateChange(eventId(event));
  const delegator = getAccount(event.params.delegator, event.block.timestamp);
  change.delegator = delegator.id;
  change.fromDelegate = event.params.fromDelegate;
  change.toDelegate = event.params.toDelegate;
  change.timestamp = event.block.timestamp;
  change.blockNumber = event.block.number;
  change.txHash = event.transaction.hash;
  change.save();

  const delegate = getAccount(event.params.toDelegate, event.block.timestamp);
  delegate.save();
  moveDelegator(event.params.fromDelegate, event.params.toDelegate, event.block.timestamp);
  // Reloaded: the delegator may be its own old or new delegate, whose count just moved.
  const current = getAccount(event.params.delegator, event.block.timestamp);
  current.delegate =
    Address.fromBytes(delegate.id).toHexString() == ZERO_ADDRESS ? null : delegate.id;
  current.save();
}

export function handleDelegateVotesChanged(event: DelegateVotesChanged): void {
  const delta = event.params.newVotes.minus(event.params.previousVotes);
  const change = new VotingPowerChange(eventId(event));
  const delegate = getAccount(event.params.delegate, event.block.timestamp);
  change.delegate = delegate.id;
  change.previousVotes = event.params.previousVotes;
  change.newVotes = event.params.newVotes;
  change.delta = delta;
  change.timestamp = event.block.timestamp;
  change.blockNumber = event.block.number;
  change.txHash = event.transaction.hash;
  change.save();

  const token = getToken(event.address);
  if (delegate.votingPower.isZero() && !event.params.newVotes.isZero()) token.delegateCount += 1;
  if (!delegate.votingPower.isZero() && event.params.newVotes.isZero()) token.delegateCount -= 1;
  token.delegatedVotes = token.delegatedVotes.plus(delta);
  token.save();
  delegate.votingPower = event.params.newVotes;
  if (delegate.firstVotingPowerAt === null && !event.params.newVotes.isZero()) {
    delegate.firstVotingPowerAt = event.block.timestamp;
  }
  delegate.save();
  recordPowerDay(
    delegate.id,
    event.params.previousVotes,
    event.params.newVotes,
    event.block.timestamp,
  );

  const governance = getGovernance();
  governance.currentDelegates = BigInt.fromI32(token.delegateCount);
  governance.delegatedVotes = token.delegatedVotes;
  governance.save();
}

export function handleRoleGranted(event: RoleGranted): void {
  const p = event.params;
  recordRoleGranted(event, p.role, p.account, p.sender);
}

export function handleRoleRevoked(event: RoleRevoked): void {
  const p = event.params;
  recordRoleRevoked(event, p.role, p.account, p.sender);
}

export function handleRoleAdminChanged(event: RoleAdminChanged): void {
  const p = event.params;
  recordRoleAdminChanged(event, p.role, p.previousAdminRole, p.newAdminRole);
}
