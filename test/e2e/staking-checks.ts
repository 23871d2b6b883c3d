// Browser checks of the Staking & royalties view, for the Chromium suite to call on a page
// already at /staking (the production build against the dev backend): the view shows the
// indexed stake, lock lengths, curve, payouts and royalties; a lock length and a role are
// selected from the page and kept in the URL.
import type { Page } from "playwright-core";

const TOKEN_AMOUNT = /\d[\d.,]*[kMBT]? [A-Z]+/;

async function expectThat(condition: boolean, message: string) {
  if (!condition) throw new Error(`Staking view: ${message}`);
}

export async function checkStaking(page: Page): Promise<void> {
  await page.getByRole("heading", { level: 1, name: "Staking & royalties" }).waitFor();

  // The answer first: stake, fee rewards and royalties as indexed amounts.
  for (const name of ["Staked", "Stakers' fee rewards", "Royalties paid"]) {
    await page.getByRole("region", { name, exact: true }).getByText(TOKEN_AMOUNT).first().waitFor();
  }

  // Each chart drew: recharts surfaces with bars, the curve with its positions.
  for (const title of [
    "How much is staked at each lock length?",
    "Which lock lengths earned the stakers' fees?",
    "When were staking rewards earned and paid out?",
    "Who received the royalties of NFT sales?",
  ]) {
    const card = page.getByRole("region", { name: title });
    await card.locator("svg.recharts-surface").first().waitFor();
    await card.locator(".recharts-bar-rectangle").first().waitFor();
  }
  const curve = page.getByRole("region", { name: "How much more does a longer lock weigh?" });
  await curve.locator(".recharts-line-curve").first().waitFor();
  const points = await curve.locator(".recharts-scatter-symbol circle").count();
  await expectThat(
    points > 1,
    `the lock-weight curve shows ${points} lock lengths, expected several`,
  );
  await curve.getByText(/In force: weight = stake × \(1 \+ \d/).waitFor();

  // The lock table has rates; selecting a lock length puts it in the URL and works it out.
  const table = page.getByRole("region", { name: "What did each lock length earn?" });
  await table
    .getByRole("cell")
    .filter({ hasText: /^\d+\.\d\d\s%$/ })
    .first()
    .waitFor();
  const lock = table.getByRole("row").nth(1).getByRole("button");
  const label = (await lock.textContent()) ?? "";
  await lock.click();
  await page.waitForFunction(() => /[?&]lock=\d+/.test(location.search));
  await page
    .getByRole("region", { name: `How lock ${label} is computed` })
    .getByText(/APR = /)
    .waitFor();

  // Slashes: rows with their transaction, or the reason there are none.
  const slashes = page.getByRole("region", { name: "Who was slashed, and why?" });
  await slashes
    .getByText(/Failed availability sample|Governance decision|No stake was slashed/)
    .first()
    .waitFor();

  // Top earners by role, the role kept in the URL.
  const earners = page.getByRole("region", { name: "Who earned the most royalties?" });
  await earners.getByRole("row").nth(1).waitFor();
  await earners.getByRole("radio", { name: "Fine-tuners" }).click();
  await page.waitForFunction(() => /[?&]role=FINE_TUNER/.test(location.search));
  await earners.getByRole("row").nth(1).getByText(/\d/).first().waitFor();
}
