// The impact preview in Chromium, for the browser suite: call checkImpactPreview on a page
// already at the proposal page of an executed parameter proposal (production build against
// the dev backend, whose graph-node answers time-travel queries). executedParameterProposalPath
// finds one through the served subgraph:
//   await page.goto(origin + (await executedParameterProposalPath(page)));
//   await checkImpactPreview(page);
// The check: the preview as of the block before the execution, current vs proposed at every
// horizon (horizon in the URL), the measured activity with its sources (window in the URL,
// and changing it re-measures), the assumptions (by default the payers' budgets cap the
// generations), the projection run in a worker, and the
// backtest (or, on a history ending within a day of the execution, the sentence that says so).
import type { Page } from "playwright-core";

const TIMEOUT = 60_000;
const AMOUNT = /\d[\d.,]*[kMBT]? [A-Z]+/;

function expectThat(condition: boolean, message: string) {
  if (!condition) throw new Error(`Impact preview: ${message}`);
}

/** `/governance/proposals/{id}` of the latest executed proposal that set parameters. */
export async function executedParameterProposalPath(page: Page): Promise<string> {
  const origin = new URL(page.url()).origin;
  const config = (await (await page.request.get(`${origin}/watershed-config.json`)).json()) as {
    subgraphUrl: string;
  };
  const res = await page.request.post(config.subgraphUrl, {
    data: {
      query: `{ proposals(where: { state: EXECUTED }, orderBy: executedAt, orderDirection: desc, first: 100) {
        id actions { functionName } parameterChanges(first: 1) { blockNumber } } }`,
    },
  });
  const body = (await res.json()) as {
    data: {
      proposals: {
        id: string;
        actions: { functionName: string }[];
        parameterChanges: { blockNumber: string }[];
      }[];
    };
  };
  const p = body.data.proposals.find(
    (x) => x.actions.some((a) => a.functionName === "setParameters") && x.parameterChanges[0],
  );
  if (!p) throw new Error("no executed proposal set parameters on this backend");
  return `/governance/proposals/${p.id}`;
}

export async function checkImpactPreview(page: Page): Promise<void> {
  const region = page.getByRole("region", { name: "What would it do to the treasury?" });
  await region.waitFor({ timeout: TIMEOUT });
  await region.getByText(/as of the block before its execution/).waitFor();
  const table = region.getByRole("table", { name: "Impact after 30 days" });
  await table.waitFor({ timeout: TIMEOUT });
  const rows = table.getByRole("row");
  expectThat(
    (await rows.count()) === 8,
    `${await rows.count()} rows, expected a header and 7 figures`,
  );
  for (const name of ["Company reserve", "Community treasury", "Stable reserve", "Hosts' income"]) {
    const row = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name }) });
    const cells = await row.getByRole("cell").allTextContents();
    expectThat(
      AMOUNT.test(cells[0] ?? "") && AMOUNT.test(cells[1] ?? ""),
      `${name}: ${cells.join(" | ")}`,
    );
    expectThat(
      /^([+−±]\d|[<>] [+−]0\.01)/.test(cells[3] ?? ""),
      `${name}: no signed difference in ${cells[3]}`,
    );
  }
  // the projection ran off the main thread, and says how long it took
  await region.getByText("How it is computed").click();
  const how = (await region.getByText(/Computed in \d+ ms/).textContent()) ?? "";
  expectThat(/\(worker\)/.test(how), `not computed in a worker: ${how}`);

  await region.getByRole("radio", { name: "365 d" }).click();
  await page.waitForFunction(() => /[?&]horizon=365/.test(location.search));
  await region.getByRole("table", { name: "Impact after 365 days" }).waitFor();

  // the activity beside it, each figure with its source, as of the block before the execution
  const activity = region.getByRole("region", { name: "What activity does it assume?" });
  const sub = (await activity.getByText(/complete UTC days/).textContent()) ?? "";
  const block = Number(/as of block (\d+)/.exec(sub)?.[1]);
  expectThat(block > 0, `no block in "${sub}"`);
  await activity.getByRole("row").filter({ hasText: "FeeDay GENERATION quantity" }).waitFor();
  await region.getByText(/Buybacks assumed 0: governance decides them/).waitFor();
  // by default generations are what their payers can pay, and the screen says so
  const budget = activity.getByRole("radio", { name: "Trend, within payers' budgets" });
  expectThat(await budget.isChecked(), "the default forecast is not the payers' budgets");
  await activity.getByRole("row").filter({ hasText: "GenerationPayerDay" }).first().waitFor();
  await region.getByText(/^Generations are what the \d+ accounts that paid for them/).waitFor();
  await activity.getByRole("radio", { name: "7 d" }).click();
  await page.waitForFunction(() => /[?&]window=7/.test(location.search));
  await activity.getByText(/Measured over [1-7] complete UTC days/).waitFor();

  // the backtest against the days after the execution, or why there is none yet
  const backtest = region.getByRole("region", { name: "Did the preview hold?" });
  const none = region.getByText(/less than a day of history after the execution/);
  await backtest.or(none).first().waitFor({ timeout: TIMEOUT });
  if (await backtest.isVisible()) {
    const treasury = backtest.getByRole("row").filter({ hasText: "Treasury in tokens" });
    expectThat(
      /[+−±]/.test((await treasury.textContent()) ?? ""),
      "no treasury row in the backtest",
    );
    await backtest.getByText(/Generations per day: \d+ assumed/).waitFor();
  }
}
