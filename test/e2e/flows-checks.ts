// Browser checks of the Flows view, for the Chromium suite to call on a page already at
// /flows (the production build against the dev backend): the Sankey draws indexed links,
// hover tells a link's exact amount and share of its source, a link opens the movements
// behind it (kept in the URL) with their transactions, every stock's links add up, and the
// stablecoin has its own diagram.
import type { Page } from "playwright-core";

function expectThat(condition: boolean, message: string) {
  if (!condition) throw new Error(`Flows view: ${message}`);
}

export async function checkFlows(page: Page): Promise<void> {
  await page.getByRole("heading", { level: 1, name: "Flows" }).waitFor();
  const chart = page.getByRole("region", {
    name: /^Where did \w+ come from, and where did it go\?$/,
  });
  await chart.locator("svg.recharts-surface").first().waitFor();
  const links = chart.getByRole("button", { name: / → .*: [\d,.]+ [A-Z]+, [\d.]+\s% of what / });
  // A straight link's box has no height: Playwright calls it hidden, so wait for it to exist.
  await links.first().waitFor({ state: "attached" });
  const count = await links.count();
  expectThat(
    count >= 5,
    `the Sankey draws ${count} links, expected the network's fees, rewards and stakes`,
  );

  // Hover: the exact amount and its share of the source.
  const first = links.first();
  const label = (await first.getAttribute("aria-label")) ?? "";
  await first.dispatchEvent("mouseover");
  const tip = chart.getByRole("status").filter({ hasText: "% of everything" });
  await tip.waitFor();
  const amount = /: ([\d,.]+ [A-Z]+),/.exec(label)?.[1] ?? "";
  expectThat(
    ((await tip.textContent()) ?? "").includes(amount),
    `the tooltip does not show ${amount}`,
  );
  await first.dispatchEvent("mouseout");

  // Enter on a focused link lists its movements, and the URL keeps the selection.
  await first.focus();
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => /[?&]link=/.test(location.search));
  const detail = page.getByRole("region", { name: /^What moved from / });
  await detail.getByRole("row").nth(1).waitFor();
  const rows = await detail.getByRole("row").count();
  expectThat(rows > 1, "the selected link lists no movement");
  await detail
    .getByRole("row")
    .nth(1)
    .getByTitle(/^(transaction )?0x[0-9a-f]{64}/)
    .first()
    .waitFor();

  // The links explain every stock's change over the range.
  const check = page.getByRole("region", { name: "Do the links add up to each stock's change?" });
  const stockRows = check.getByRole("row");
  await stockRows.nth(1).waitFor();
  const body = (await stockRows.allTextContents()).slice(1);
  expectThat(body.length >= 2, "the stock check lists fewer than two stocks");
  for (const row of body) expectThat(row.endsWith("yes"), `a stock does not add up: ${row}`);

  // The stablecoin never shares a link with the token: its own diagram.
  const stable = page.getByRole("radio", { name: "USDC" });
  if ((await stable.count()) > 0) {
    await stable.click();
    await page.waitForFunction(() => /[?&]asset=USDC/.test(location.search));
    const usdc = page.getByRole("region", {
      name: "Where did USDC come from, and where did it go?",
    });
    await usdc
      .getByRole("button", { name: / USDC, / })
      .first()
      .or(usdc.getByText(/No USDC moved/))
      .waitFor({ state: "attached" });
  }
}
