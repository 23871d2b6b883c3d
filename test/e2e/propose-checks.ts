// The proposal builder in Chromium, for the browser suite: from the proposals list's entry
// point, draft a change of GENERATION_FEE, check old → new and the impact preview, submit it from the dev wallet,
// follow it to indexed and find the new proposal in /governance as Pending. The subgraph
// is read only to pick the proposer and the value now.
//
//   checkProposeParameterChange(page)   run it before anything moves the devnet's clock
import type { Page } from "playwright-core";
import { formatExact } from "../../web/lib/amount.ts";
import {
  connectDevWallet,
  graphql,
  rpc,
  served,
  signInDevWallet,
  TIMEOUT,
} from "./governance-checks.ts";

const TOKEN = 10n ** 18n;

/** An anvil account whose voting power reaches the governor's threshold, and the fee now. */
async function proposerAndFee(page: Page, config: Awaited<ReturnType<typeof served>>) {
  const accounts = (await rpc<string[]>(page, config, "eth_accounts")).map((a) => a.toLowerCase());
  const data = await graphql<{
    governanceFrameworks: { proposalThreshold: string }[];
    parameter: { value: string } | null;
  }>(
    page,
    config,
    `{ governanceFrameworks(first: 1) { proposalThreshold } parameter(id: "GENERATION_FEE") { value } }`,
  );
  const threshold = data.governanceFrameworks[0]?.proposalThreshold;
  if (!threshold || !data.parameter) throw new Error("no governor or GENERATION_FEE indexed");
  const holders = await graphql<{ accounts: { id: string }[] }>(
    page,
    config,
    `{ accounts(where: { id_in: ${JSON.stringify(accounts)}, votingPower_gte: "${threshold}" }, orderBy: firstVotingPowerAt, orderDirection: desc, first: 100) { id } }`,
  );
  // the newest power: right after checkSelfDelegate, the account it delegated in the latest
  // block. The governor counts votes as of clock() − 1, which a call on the latest block puts
  // before that delegation: the runtime simulates on the pending block, where the proposal lands
  const proposer = holders.accounts[0]?.id;
  if (!proposer) throw new Error("no anvil account has the power to propose");
  return { proposer, fee: BigInt(data.parameter.value) };
}

export async function checkProposeParameterChange(page: Page) {
  const config = await served(page);
  const { proposer, fee } = await proposerAndFee(page, config);
  await page.goto(`${config.origin}/governance`);
  await page.getByRole("link", { name: "Propose a parameter change" }).click({ timeout: TIMEOUT });
  await page
    .getByRole("heading", { name: "What do you want to change?" })
    .waitFor({ timeout: TIMEOUT });
  await connectDevWallet(page, proposer);

  const what = page.getByRole("region", { name: "What do you want to change?" });
  await what.getByLabel("Add a parameter to change").selectOption("GENERATION_FEE");
  // a cent more than now, and a description no earlier run used: never a duplicate proposal
  const next = fee + TOKEN / 100n;
  const field = what.getByLabel("New value of GENERATION_FEE");
  if ((await field.inputValue()) !== formatExact(fee, 18)) {
    throw new Error(`the field did not start from the value now (${formatExact(fee, 18)})`);
  }
  await field.fill(formatExact(next, 18));
  const diff = page
    .getByRole("region", { name: "What would the proposal set, old → new?" })
    .getByRole("row", { name: /GENERATION_FEE/ });
  const row = (await diff.textContent({ timeout: TIMEOUT })) ?? "";
  for (const v of [fee, next]) {
    if (!row.includes(`${formatExact(v, 18)} WSHD`)) {
      throw new Error(`the diff row lacks ${formatExact(v, 18)} WSHD: “${row}”`);
    }
  }
  // the impact preview (governance/impact) appears under the diff of a valid draft
  await page
    .getByRole("region", { name: "What would it do to the treasury?" })
    .waitFor({ timeout: TIMEOUT });
  const title = `Generation fee to ${formatExact(next, 18)} WSHD (Chromium check ${new Date().toISOString()})`;
  await page.getByLabel("Title").fill(title);
  await page
    .getByLabel(/Description \(Markdown\)/)
    .fill("Checked in **Chromium**: fees follow hosting costs.");
  await page.getByRole("button", { name: "Preview" }).click();
  await page
    .getByRole("region", { name: "Preview of the description" })
    .getByText("Chromium", { exact: true })
    .waitFor({ timeout: TIMEOUT });

  const submit = page.getByRole("region", { name: "Submit it" });
  await submit.getByText(/you can propose/).waitFor({ timeout: TIMEOUT });
  await submit.getByRole("button", { name: "Submit proposal" }).click();
  // on a failure, say what the card said (a revert is named there before any signature)
  const said = async (e: unknown) => {
    throw new Error(`${e}\nthe submit card says: ${await submit.textContent()}`);
  };
  await signInDevWallet(page, "Sign and send").catch(said);
  await submit
    .getByText(/Your proposal: indexed/)
    .waitFor({ timeout: TIMEOUT })
    .catch(said);

  await submit.getByRole("link", { name: "the proposals list" }).click();
  const item = page.locator(".proposal-row").filter({ hasText: title });
  await item.waitFor({ timeout: TIMEOUT });
  const badge = (await item.locator(".badge").first().textContent()) ?? "";
  if (badge.trim() !== "Pending") throw new Error(`the new proposal is “${badge}”, not Pending`);
}
