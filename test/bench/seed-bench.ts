// Seeding speed: a month of history (15-minute saturation windows for 32 data) on a fresh
// anvil, against the 60 s budget on a 2-core machine. A script, not a test:
//   npx tsx test/bench/seed-bench.ts [--days 30] [--seed 42] [--windows-per-block 2]
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { BlockBuilder } from "../../mocks/devnet/seed/block-builder.ts";
import { eventCatalog } from "../../mocks/devnet/seed/event-catalog.ts";
import { createRpc } from "../../mocks/devnet/seed/rpc.ts";
import { startSeedDevnet } from "../../mocks/devnet/seed/seed-devnet.ts";
import { seedHistory } from "../../mocks/devnet/seed/seed-history.ts";
import { verifyAgainstChain } from "../../mocks/devnet/seed/verify.ts";
import { reportFigure } from "./figures.ts";

const { values } = parseArgs({
  options: {
    days: { type: "string", default: "30" },
    seed: { type: "string", default: "42" },
    "windows-per-block": { type: "string", default: "2" },
  },
});

/** CPU milliseconds a process has used (user + system), from /proc. */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

// capture the builder to report where the time went
let builder: BlockBuilder | undefined;
const mine = BlockBuilder.prototype.mine;
BlockBuilder.prototype.mine = function (this: BlockBuilder, timestamp: bigint) {
  builder = this;
  return mine.call(this, timestamp);
};

const days = Number(values.days);
const devnet = await startSeedDevnet();
try {
  const anvilPid = devnet.anvil.process.pid!;
  const anvilBefore = cpuMs(anvilPid);
  const nodeBefore = process.cpuUsage();
  const started = performance.now();
  const summary = await seedHistory({
    ...devnet,
    days,
    seed: Number(values.seed),
    windowsPerBlock: Number(values["windows-per-block"]),
  });
  const seconds = (performance.now() - started) / 1000;
  const node = process.cpuUsage(nodeBefore);
  const check = await verifyAgainstChain(
    createRpc(devnet.clients.rpcUrl),
    devnet.clients,
    summary.deployment,
    summary,
  );
  const seen = new Set(Object.keys(summary.events));
  const reports = summary.actions.report ?? 0;
  const t = builder?.timings ?? { send: 0, mine: 0, receipts: 0 };
  const rows: [string, string][] = [
    ["simulated days", String(days)],
    ["wall time", `${seconds.toFixed(1)} s (budget 60 s)`],
    [
      "blocks / transactions / logs",
      `${summary.blocks} / ${summary.transactions} / ${summary.logs}`,
    ],
    ["transactions per second", (summary.transactions / seconds).toFixed(0)],
    ["saturation reports (windows)", `${reports} × 32 data`],
    [
      "rpc time: send / mine / receipts",
      `${(t.send / 1000).toFixed(1)} / ${(t.mine / 1000).toFixed(1)} / ${(t.receipts / 1000).toFixed(1)} s`,
    ],
    [
      "cpu: anvil / seeder",
      `${((cpuMs(anvilPid) - anvilBefore) / 1000).toFixed(1)} / ${((node.user + node.system) / 1e6).toFixed(1)} s`,
    ],
    [
      "catalog events in seeded blocks",
      `${eventCatalog().filter((k) => seen.has(k)).length} of ${eventCatalog().length}`,
    ],
    [
      "  only at deployment",
      eventCatalog()
        .filter((k) => !seen.has(k))
        .join(", "),
    ],
    [
      "chain vs model",
      check.mismatches.length === 0 ? "exact match" : `${check.mismatches.length} mismatches`,
    ],
    ["log hash", summary.logHash],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
  reportFigure({
    figure: `seeding ${days} days of history`,
    value: seconds,
    unit: "s",
    how: `wall time of real transactions on anvil (${summary.transactions} txs)`,
    budget: { max: 60 },
  });
} finally {
  await devnet.anvil.stop();
}
