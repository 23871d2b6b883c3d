// A terminal progress bar for seeding: simulated date, days done and transaction rate.
import { SingleBar } from "cli-progress";
import type { SeedProgress } from "./seed-history.ts";

export function seedProgressBar(days: number) {
  const bar = new SingleBar({
    format: " seeding [{bar}] day {day}/{total} | {date} | {txs} txs | {rate} tx/s",
    barCompleteChar: "█",
    barIncompleteChar: "░",
    hideCursor: true,
  });
  const started = performance.now();
  bar.start(days, 0, { day: "0.0", date: "", txs: 0, rate: 0 });
  return {
    onProgress(p: SeedProgress) {
      const seconds = (performance.now() - started) / 1000;
      bar.update(p.day, {
        day: p.day.toFixed(1),
        date: new Date(Number(p.timestamp) * 1000).toISOString().slice(0, 16).replace("T", " "),
        txs: p.transactions,
        rate: Math.round(p.transactions / Math.max(seconds, 0.001)),
      });
    },
    stop: () => bar.stop(),
    seconds: () => (performance.now() - started) / 1000,
  };
}
