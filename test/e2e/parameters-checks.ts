// Browser checks of the governance Parameters page, for the Chromium suite to call on a page
// already at /governance/parameters (the production build against the dev backend): every
// parameter listed with a value, the splits add up to what they say, the selected
// parameter's history drawn as steps with its table, and the selection kept in ?key= with
// back and forward.
import type { Page } from "playwright-core";

async function expectThat(condition: boolean, message: string) {
  if (!condition) throw new Error(`Parameters page: ${message}`);
}

const percent = (text: string) => Number(text.replace(/[^\d.]/g, ""));

/** The page shows its data: the table of parameters has its values. */
export async function parametersReady(page: Page): Promise<void> {
  const table = page.getByRole("table", { name: "Governed parameters" });
  await table.getByRole("row").nth(1).getByRole("cell").first().getByText(/\S/).waitFor();
}

/** The step line has a path. A never-changed parameter's line is flat, and Playwright calls an
 * element with a zero-height box hidden, so "visible" would wait forever. */
async function stepsDrawn(chart: ReturnType<Page["getByRole"]>): Promise<void> {
  const curve = chart.locator(".recharts-line-curve").first();
  await curve.waitFor({ state: "attached" });
  const d = (await curve.getAttribute("d")) ?? "";
  await expectThat(/^M[\d.,\s-]+L/.test(d), `the step line has no path: ${JSON.stringify(d)}`);
}

export async function checkParameters(page: Page): Promise<void> {
  await page.getByRole("heading", { level: 1, name: "Parameters" }).waitFor();
  const tab = page
    .getByRole("navigation", { name: "Governance" })
    .getByRole("link", { name: "Parameters" });
  await expectThat(
    (await tab.getAttribute("aria-current")) === "page",
    "its tab is not marked current",
  );

  const table = page.getByRole("table", { name: "Governed parameters" });
  await parametersReady(page);
  const rows = table.getByRole("row");
  const count = (await rows.count()) - 1;
  await expectThat(count > 1, `the table lists ${count} parameters`);
  const values = await table.locator("tbody tr td:first-of-type").allTextContents();
  await expectThat(
    values.every((v) => /\d|region/.test(v)),
    `a parameter has no value: ${JSON.stringify(values)}`,
  );

  // Each split states its sum; its members' shares add up to it.
  for (const name of ["Fee split", "Royalty split"]) {
    const group = page.getByRole("region", { name });
    const stated = percent((await group.getByText(/^sums to/).textContent()) ?? "");
    const shares = (await group.locator("li strong").allTextContents()).map(percent);
    const sum = shares.reduce((a, b) => a + b, 0);
    await expectThat(shares.length > 1, `${name} lists ${shares.length} members`);
    await expectThat(
      Math.abs(sum - stated) < 0.011,
      `${name}: members sum to ${sum}, it says ${stated}`,
    );
  }

  // The selected parameter's history: steps drawn, its changes or "unchanged since deployment".
  const chart = page.getByRole("region", { name: /^How has the .* changed\?$/ });
  await stepsDrawn(chart);
  await page
    .getByText(/Unchanged since deployment at|Deployed with/)
    .first()
    .waitFor();

  // Selecting another parameter puts it in the URL; back returns to the first.
  const before = new URL(page.url()).search;
  const heading = page.locator(".param-detail h2");
  const first = (await heading.textContent()) ?? "";
  const link = table.locator("tbody th a:not([aria-current])").nth(1);
  const name = (await link.textContent()) ?? "";
  await link.click();
  await page.waitForFunction(
    (prev) => location.search !== prev && /[?&]key=/.test(location.search),
    before,
  );
  await heading.filter({ hasText: name }).waitFor();
  await stepsDrawn(chart);
  await page.goBack();
  await page.waitForFunction((prev) => location.search === prev, before);
  await page.waitForFunction(
    (text) => document.querySelector(".param-detail h2")?.textContent === text,
    first,
  );

  // The chart's numbers as a table: one row per change at least.
  await chart.getByRole("button", { name: "Table" }).click();
  const history = chart.getByRole("table");
  await history.waitFor();
  await expectThat((await history.getByRole("row").count()) > 1, "the history table has no row");
  await chart.getByRole("button", { name: "Chart" }).click();
}
