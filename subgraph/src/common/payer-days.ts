// Generation payers' wallets per UTC day (GenerationPayerDay). An account is followed from its
// first paid generation on (Account.generationsPaid set); from then each of its transfers, and
// the generation fees, rewards and grants that are parts of them, land in its row of the day.
import { BigInt, Bytes } from "@graphprotocol/graph-ts";
import { Account, GenerationPayerDay, Token } from "../../generated/schema";
import { flowSource } from "./codes";
import { SECONDS_PER_DAY, TOKEN_ID, ZERO } from "./constants";
import { dayIdOf } from "./time";

function getPayerDay(payer: Bytes, timestamp: BigInt, balance: BigInt): GenerationPayerDay {
  const dayId = dayIdOf(timestamp);
  const id = payer.toHexString() + "-" + dayId.toString();
  let day = GenerationPayerDay.load(id);
  if (day == null) {
    day = new GenerationPayerDay(id);
    day.payer = payer;
    day.dayId = dayId;
    day.date = i32(i64(dayId) * SECONDS_PER_DAY);
    day.generations = ZERO;
    day.generationFees = ZERO;
    day.generationRewards = ZERO;
    day.grants = ZERO;
    day.received = ZERO;
    day.sent = ZERO;
    day.balance = balance;
  }
  return day;
}

/** A generation batch paid: marks the account a payer (its transfers are followed from now). */
export function recordPayerGeneration(
  account: Account,
  quantity: BigInt,
  amount: BigInt,
  timestamp: BigInt,
): void {
  // `!` tests for null: BigInt's overloaded == cannot compare with null
  const paid = account.generationsPaid;
  if (!paid) account.generationsPaid = quantity;
  else account.generationsPaid = paid.plus(quantity);
  account.save();
  const day = getPayerDay(account.id, timestamp, account.balance);
  day.generations = day.generations.plus(quantity);
  day.generationFees = day.generationFees.plus(amount);
  day.save();
}

/** A token transfer in (delta > 0) or out of a payer's account, after its balance moved. */
export function recordPayerTransfer(account: Account, delta: BigInt, timestamp: BigInt): void {
  if (!account.generationsPaid) return;
  const day = getPayerDay(account.id, timestamp, account.balance);
  if (delta.gt(ZERO)) day.received = day.received.plus(delta);
  else day.sent = day.sent.minus(delta);
  day.balance = account.balance;
  day.save();
}

/** A generation reward or a grant paid to `to`, if it is a payer (its transfer is recorded apart). */
export function recordPayerIncome(
  to: Bytes,
  amount: BigInt,
  timestamp: BigInt,
  isGrant: boolean,
): void {
  const account = Account.load(to);
  if (account == null || !account.generationsPaid) return;
  const day = getPayerDay(to, timestamp, account.balance);
  if (isGrant) day.grants = day.grants.plus(amount);
  else day.generationRewards = day.generationRewards.plus(amount);
  day.save();
}

/** A treasury outflow: a grant of the community token to a payer is income the forecast leaves out. */
export function recordPayerGrant(
  asset: Bytes,
  to: Bytes,
  amount: BigInt,
  flow: i32,
  timestamp: BigInt,
): void {
  if (flowSource(flow) != "GRANT") return;
  const token = Token.load(TOKEN_ID);
  if (token == null || token.address != asset) return;
  recordPayerIncome(to, amount, timestamp, true);
}
