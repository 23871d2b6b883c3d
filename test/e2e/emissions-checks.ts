// Browser checks of the Emissions view, for the Chromium suite to call on a page already at
// /emissions (the production build against the dev backend): the emitted total against the
// schedule, the cumulative chart with its projection, the epochs' table, the horizon kept in
// the URL, the projection's assumptions, the parameter marks and the supply chart.
import type { Page } from "playwright-core";

const TOKEN_AMOUNT = /\d[\d.,]*[kMBT]? [A-Z]+/;

function expectThat(condition: boolean, message: string) {
  if (!condition) throw new Error(`Emissions view: ${message}`);
}

export async function checkEmissions(page: Page): Promise<void> {
  await page.getByRole("heading", { level: 1, name: "Emissions" }).waitFor();
  const emitted = page.getByRole("region", { name: "Emitted so far" });
  await emitted.getByText(TOKEN_AMOUNT).first().waitFor();
  await emitted.getByText(/[\d.]+\s% of the schedule for the same epochs/).waitFor();
  await page
    .getByRole("region", { name: "Generation reward now" })
    .getByText(TOKEN_AMOUNT)
    .first()
    .waitFor();

  // The cumulative chart: actual areas, the schedule and the dashed projection.
  const chart = page.getByRole("region", {
    name: "Is emission on schedule, and where is it heading?",
  });
  await chart.locator(".recharts-area-area").first().waitFor();
  const lines = await chart.locator(".recharts-line-curve").count();
  expectThat(
    lines >= 2,
    `the chart draws ${lines} lines, expected the schedule and the projection`,
  );

  // Its numbers as a table: one row per epoch, with emitted and scheduled amounts.
  await chart.getByRole("button", { name: "Table" }).click();
  const rows = chart.getByRole("row");
  await rows.nth(1).waitFor();
  expectThat((await rows.count()) > 2, "the epochs' table has fewer than two epochs");
  expectThat(
    /\d/.test((await rows.nth(1).getByRole("cell").nth(4).textContent()) ?? ""),
    "no emitted amount in the table",
  );
  await chart.getByRole("button", { name: "Chart" }).click();

  // The horizon lives in the URL and changes the projection.
  await page.getByRole("radio", { name: "1 year" }).click();
  await page.waitForFunction(() => /[?&]horizon=1y/.test(location.search));
  await page
    .getByRole("region", { name: "Projected in 1 year" })
    .getByText(TOKEN_AMOUNT)
    .first()
    .waitFor();
  const assumptions = page.getByRole("region", { name: "What does the projection assume?" });
  await assumptions.getByText(/the mean of the last \d+ complete epochs?/).waitFor();
  await assumptions.getByText(/HOST_INFLATION_BPS \d/).waitFor();

  // Marks: each change linked to its proposal, or the sentence that there was none.
  const marks = page.getByRole("region", { name: "When did governance change the emission?" });
  await marks
    .getByRole("link")
    .first()
    .or(marks.getByText(/No emission parameter has changed since genesis/))
    .waitFor();
  const links = await marks.getByRole("link").all();
  for (const link of links) {
    expectThat(
      /^\/governance\?proposal=\d+$/.test((await link.getAttribute("href")) ?? ""),
      "a mark does not link to its proposal",
    );
  }

  const supply = page.getByRole("region", { name: "Where does the supply sit?" });
  await supply.locator(".recharts-line-curve").first().waitFor();
}
