// When the static demo's first route shows its data: the shell's status line has the
// recorded block, and the overview's treasury card a figure. For the e2e test and the bench.
import type { Page } from "playwright-core";

export async function demoOverviewReady(page: Page, symbol: string, timeout = 60_000) {
  await page
    .locator(".status-line")
    .getByText(/Block \d/)
    .waitFor({ timeout });
  await page
    .getByRole("region", { name: "Community treasury" })
    .getByText(new RegExp(`\\d[\\d.,]*[kMBT]? ${symbol}`))
    .first()
    .waitFor({ timeout });
}
