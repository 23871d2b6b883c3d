// Seeding as the CLIs show it: a progress bar while it runs, the summary table after.
// Shared by `npm run seed`, `npm run devnet -- --seed` and `npm run dev`.
import { seedProgressBar } from "./progress.ts";
import { type SeedOptions, seedHistory } from "./seed-history.ts";
import { formatSummary, type SeedSummary } from "./summary.ts";

export interface SeedWithProgressOptions extends Omit<SeedOptions, "onProgress"> {
  /** show the bar and the table (off in tests and when stdout is not a terminal) */
  interactive: boolean;
}

export async function seedWithProgress(
  options: SeedWithProgressOptions,
): Promise<{ summary: SeedSummary; seconds: number }> {
  const { interactive, ...seedOptions } = options;
  const started = performance.now();
  const bar = interactive ? seedProgressBar(options.days ?? 30) : null;
  const summary = await seedHistory({
    ...seedOptions,
    ...(bar ? { onProgress: bar.onProgress } : {}),
  });
  bar?.stop();
  if (interactive) console.log(`\n${formatSummary(summary)}\n`);
  return { summary, seconds: (performance.now() - started) / 1000 };
}
