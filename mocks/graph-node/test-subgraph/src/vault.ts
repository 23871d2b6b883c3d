// Vault template mappings. `handleProbe` is a switchboard: each op exercises one host
// feature (or one failure path) so tests can drive them with a single event shape.
import {
  Address,
  BigDecimal,
  BigInt,
  Bytes,
  crypto,
  dataSource,
  ethereum,
  ipfs,
  JSONValueKind,
  json,
  log,
  store,
  Value,
} from "@graphprotocol/graph-ts";
import { Deposit, Echo, Kinds, ProbeResult, Vault } from "../generated/schema";
import { Vault as VaultTemplate } from "../generated/templates";
import { Deposited, Echo as EchoEvent, Probe } from "../generated/templates/Vault/Vault";

const WAD = BigDecimal.fromString("1000000000000000000");

function eventId(event: ethereum.Event): string {
  return event.transaction.hash.toHexString() + "-" + event.logIndex.toString();
}

export function handleDeposited(event: Deposited): void {
  const vault = Vault.load(event.address);
  if (vault == null) {
    log.error("unknown vault {}", [event.address.toHexString()]);
    return;
  }
  vault.total = vault.total.plus(event.params.amount);
  vault.count = vault.count + 1;
  vault.average = vault.total.toBigDecimal().div(BigDecimal.fromString(vault.count.toString()));
  vault.save();

  const deposit = new Deposit(eventId(event));
  deposit.vault = vault.id;
  deposit.from = event.params.from;
  deposit.amount = event.params.amount;
  deposit.delta = event.params.delta;
  deposit.amountDecimal = event.params.amount.toBigDecimal().div(WAD);
  deposit.tag = event.params.tag;
  deposit.data = event.params.data;
  deposit.note = event.params.note;
  deposit.flag = event.params.flag;
  deposit.amounts = event.params.amounts;
  deposit.timestamp = event.block.timestamp.toI64() * 1000000;
  deposit.blockNumber = event.block.number.toI64();
  deposit.logIndex = event.logIndex.toI32();
  deposit.noteHash = Bytes.fromByteArray(crypto.keccak256(Bytes.fromUTF8(event.params.note)));
  deposit.words = event.params.note.split(" ");
  deposit.relatedCount = 0;
  deposit.save();
  // derived field: resolved from the Deposit side, including this block's pending writes
  deposit.relatedCount = vault.deposits.load().length;
  deposit.save();
  const receipt = event.receipt;
  if (receipt != null) {
    log.info("receipt gas used {}", [receipt.gasUsed.toString()]);
  }
}

export function handleEcho(event: EchoEvent): void {
  const echo = new Echo(eventId(event));
  echo.text = event.params.text;
  echo.data = event.params.data;
  echo.number = event.params.number;
  echo.save();
}

function result(id: string): ProbeResult {
  return new ProbeResult(id);
}

export function handleProbe(event: Probe): void {
  const op = event.params.op;
  const arg = event.params.arg;
  const data = event.params.data;
  if (op == 1) {
    const value = json.fromBytes(data).toObject();
    const r = result("json");
    r.text = value.mustGet("name").toString();
    r.int = value.mustGet("big").toBigInt();
    r.bool = value.mustGet("ok").toBool();
    r.decimal = BigDecimal.fromString(value.mustGet("ratio").toF64().toString());
    const items = value.mustGet("items").toArray();
    const texts: string[] = [];
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      if (item.kind == JSONValueKind.NUMBER) texts.push("n:" + item.toI64().toString());
      else if (item.kind == JSONValueKind.NULL) texts.push("null");
      else texts.push("s:" + item.toString());
    }
    r.texts = texts;
    r.save();
  } else if (op == 2) {
    const parsed = json.try_fromBytes(data);
    const r = result("json-try");
    r.bool = parsed.isError;
    r.save();
  } else if (op == 3) {
    const r = result("crypto");
    r.bytes = Bytes.fromByteArray(crypto.keccak256(data));
    r.text = data.toBase58();
    r.save();
  } else if (op == 4) {
    const x = BigDecimal.fromString(arg);
    const r = result("decimal");
    r.decimal = x
      .div(BigDecimal.fromString("3"))
      .times(x)
      .plus(x)
      .minus(BigDecimal.fromString("1"));
    r.text = x.toString();
    r.bool = x.equals(BigDecimal.fromString(arg));
    r.save();
  } else if (op == 5) {
    log.debug("debug {}", [arg]);
    log.info("info {}", [arg]);
    log.warning("warning {}", [arg]);
    log.error("error {}", [arg]);
    const r = result("log");
    r.text = "logged";
    r.save();
  } else if (op == 10) {
    assert(false, arg);
  } else if (op == 11) {
    log.critical("critical {}", [arg]);
  } else if (op == 12) {
    const r = result("unknown-field");
    r.set("bogus", Value.fromString(arg));
    r.save();
  } else if (op == 13) {
    const r = result("wrong-kind");
    r.set("int", Value.fromString(arg));
    r.save();
  } else if (op == 14) {
    const echo = Echo.load(arg);
    if (echo == null) throw new Error("no echo " + arg);
    echo.text = "changed";
    echo.save();
  } else if (op == 15) {
    // generated save() keys by the entity's own id, so call store.set directly
    const r = result("id-mismatch");
    r.set("id", Value.fromString("other"));
    store.set("ProbeResult", "id-mismatch", r);
  } else if (op == 16) {
    ipfs.cat(arg);
  } else if (op == 17) {
    new Deposit(arg).save();
  } else if (op == 18) {
    store.remove("ProbeResult", arg);
  } else if (op == 19) {
    const r = result("in-block");
    r.bool = ProbeResult.loadInBlock(arg) != null;
    r.save();
  } else if (op == 20) {
    const r = result("data-source");
    r.bytes = dataSource.address();
    r.text = dataSource.network() + "|" + dataSource.context().getString("label");
    r.save();
  } else if (op == 21) {
    const r = result("balance");
    r.int = ethereum.getBalance(dataSource.address());
    r.bool = ethereum.hasCode(dataSource.address()).inner;
    r.save();
  } else if (op == 22) {
    const tuple = new ethereum.Tuple();
    tuple.push(ethereum.Value.fromAddress(dataSource.address()));
    tuple.push(ethereum.Value.fromUnsignedBigInt(BigInt.fromString(arg)));
    tuple.push(ethereum.Value.fromString("hi"));
    const encoded = ethereum.encode(ethereum.Value.fromTuple(tuple))!;
    const decoded = ethereum.decode("(address,uint256,string)", encoded)!.toTuple();
    const r = result("abi");
    r.bytes = encoded;
    r.int = decoded[1].toBigInt();
    r.text = decoded[2].toString();
    r.save();
  } else if (op == 23) {
    VaultTemplate.create(Address.fromBytes(data));
  } else if (op == 24) {
    const source = Kinds.load(arg);
    if (source == null) throw new Error("no kinds " + arg);
    source.id = arg + "-copy";
    source.save();
  } else if (op == 26) {
    // an immutable entity loaded and saved unchanged
    const echo = Echo.load(arg);
    if (echo == null) throw new Error("no echo " + arg);
    echo.save();
  } else if (op == 27) {
    // an immutable entity removed without being loaded
    store.remove("Echo", arg);
  } else if (op == 28) {
    // an immutable entity written again without being loaded
    const echo = new Echo(arg);
    echo.text = "again";
    echo.data = data;
    echo.number = BigInt.fromI32(0);
    echo.save();
  } else if (op == 29) {
    // an immutable entity loaded, then removed
    if (Echo.load(arg) == null) throw new Error("no echo " + arg);
    store.remove("Echo", arg);
  } else if (op == 25) {
    const x = BigInt.fromString(arg);
    const r = result("bigint");
    r.int = x.pow(3).div(BigInt.fromI32(7)).mod(BigInt.fromI32(1000003)).leftShift(3).rightShift(1);
    r.texts = [
      x.toHexString(),
      x.bitOr(BigInt.fromI32(5)).toString(),
      x.bitAnd(BigInt.fromI32(6)).toString(),
    ];
    r.decimal = x.divDecimal(BigDecimal.fromString("7"));
    r.save();
  }
}
