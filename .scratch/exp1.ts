import { startAnvil } from "../mocks/devnet/anvil.ts";
import { createChainClients } from "../mocks/devnet/chain-client.ts";
import { deployEconomy } from "../mocks/devnet/deploy.ts";

async function rpc(url: string, method: string, params: unknown[] = []) {
  const r = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }) });
  const j = await r.json() as any;
  if (j.error) throw new Error(JSON.stringify(j.error));
  return j.result;
}
const anvil = await startAnvil({ accounts: 60 });
const url = anvil.rpcUrl;
await rpc(url, "anvil_setBlockTimestampInterval", [1]);
let t = Date.now();
const clients = createChainClients(url);
const d = await deployEconomy(clients);
console.log("deploy ms", Date.now() - t);
const b = await rpc(url, "eth_getBlockByNumber", ["latest", false]);
console.log("block", parseInt(b.number), parseInt(b.timestamp) - 1767225600, b.baseFeePerGas);
console.log(d.contracts.EconomyParameters.address);
await rpc(url, "evm_setAutomine", [false]);
await rpc(url, "evm_setBlockGasLimit", ["0x" + (2n ** 40n).toString(16)]);
// batch of 200 ETH transfers from various accounts with descending gas price
const accts: string[] = await rpc(url, "eth_accounts");
t = Date.now();
for (let blk = 0; blk < 20; blk++) {
  const batch = [];
  for (let i = 0; i < 100; i++) {
    const from = accts[10 + (i % 50)];
    batch.push({ jsonrpc: "2.0", id: i, method: "eth_sendTransaction", params: [{ from, to: accts[3], value: "0x" + (i + 1).toString(16), gas: "0x5208", gasPrice: "0x" + (3_000_000_000 + 1000 - i).toString(16), nonce: "0x" + (blk * 2 + Math.floor(i / 50)).toString(16) }] });
  }
  const r = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(batch) });
  const j = await r.json() as any[];
  if (j.some((x) => x.error)) console.log(j.find((x) => x.error));
  await rpc(url, "evm_mine", [1767225600 + 10000 + blk * 900]);
  const rec = await rpc(url, "eth_getBlockReceipts", ["latest"]);
  const blockj = await rpc(url, "eth_getBlockByNumber", ["latest", true]);
  const vals = blockj.transactions.map((x: any) => parseInt(x.value));
  const ok = vals.every((v: number, i: number) => v === i + 1);
  if (blk < 2 || !ok) console.log("blk", blk, rec.length, ok, parseInt(blockj.timestamp) - 1767225600, blockj.baseFeePerGas);
}
console.log("20 blocks x100 tx ms", Date.now() - t);
await rpc(url, "evm_setAutomine", [true]);
await rpc(url, "eth_sendTransaction", [{ from: accts[0], to: accts[3], value: "0x1" }]);
const b2 = await rpc(url, "eth_getBlockByNumber", ["latest", false]);
console.log("after automine ts", parseInt(b2.timestamp) - 1767225600);
await anvil.stop();
