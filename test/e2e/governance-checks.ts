// Governance in Chromium, for the browser suite: each check takes a playwright-core Page on
// the production build served against a dev backend (its /watershed-config.json has
// devWallet: true), drives the dev wallet as a user would, and reads the chain and the
// subgraph only to pick accounts and to move the devnet's clock. Page APIs only
// (page.request for the RPC and GraphQL calls).
//
//   checkVoteWithReason(page)       vote For with a reason; tallies and votes table change
//   checkRejectKeepsReason(page)     reject the signature; the typed reason stays
//   checkSelfDelegate(page)          an account holding tokens with zero power self-delegates
//   checkQueueAndExecute(page)       moves the devnet's time: run it last
import type { Page } from "playwright-core";
import { encodeFunctionData, type Hex } from "viem";
import { governorAbi } from "../../web/features/governance/abi/abis.ts";
import { formatCompact } from "../../web/lib/amount.ts";

export interface ServedConfig {
  subgraphUrl: string;
  rpcUrl: string;
  chainId: number;
  contracts: Record<string, string>;
  devWallet?: boolean;
}

export const TIMEOUT = 30_000;

export async function served(page: Page): Promise<ServedConfig & { origin: string }> {
  const origin = new URL(page.url()).origin;
  const res = await page.request.get(`${origin}/watershed-config.json`);
  if (!res.ok()) throw new Error(`/watershed-config.json answered ${res.status()}`);
  const config = (await res.json()) as ServedConfig;
  if (!config.devWallet) throw new Error("the served config does not enable the dev wallet");
  return { ...config, origin };
}

export async function rpc<T>(
  page: Page,
  config: ServedConfig,
  method: string,
  params: unknown[] = [],
) {
  const res = await page.request.post(config.rpcUrl, {
    data: { jsonrpc: "2.0", id: 1, method, params },
  });
  const body = (await res.json()) as { result?: T; error?: { message: string } };
  if (body.error) throw new Error(`${method}: ${body.error.message}`);
  return body.result as T;
}

export async function graphql<T>(page: Page, config: ServedConfig, query: string) {
  const res = await page.request.post(config.subgraphUrl, { data: { query } });
  const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
  if (!body.data) throw new Error(body.errors?.map((e) => e.message).join("; ") ?? "no data");
  return body.data;
}

interface Proposal {
  id: string;
  title: string;
  voteStart: string;
  voteEnd: string;
  forVotes: string;
  againstVotes: string;
  abstainVotes: string;
  quorumVotes: string | null;
  votes: { voter: { id: string } }[];
}

async function activeProposals(page: Page, config: ServedConfig) {
  const data = await graphql<{ proposals: Proposal[] }>(
    page,
    config,
    `{ proposals(where: { state: ACTIVE }, orderBy: voteEnd, orderDirection: desc, first: 10) {
        id title voteStart voteEnd forVotes againstVotes abstainVotes quorumVotes
        votes(first: 1000) { voter { id } }
    } }`,
  );
  if (data.proposals.length === 0) throw new Error("no Active proposal on the devnet");
  return data.proposals;
}

/** anvil's accounts holding voting power since before `p`'s snapshot that have not voted on it. */
async function eligibleVoters(page: Page, config: ServedConfig, p: Proposal) {
  const accounts = (await rpc<string[]>(page, config, "eth_accounts")).map((a) => a.toLowerCase());
  const data = await graphql<{
    accounts: { id: string; votingPower: string; firstVotingPowerAt: string }[];
  }>(
    page,
    config,
    `{ accounts(where: { id_in: ${JSON.stringify(accounts)}, votingPower_gt: "0" }, first: 100) {
        id votingPower firstVotingPowerAt
    } }`,
  );
  const voted = new Set(p.votes.map((v) => v.voter.id));
  return data.accounts
    .filter((a) => !voted.has(a.id) && Number(a.firstVotingPowerAt) < Number(p.voteStart))
    .sort((a, b) => accounts.indexOf(a.id) - accounts.indexOf(b.id));
}

async function until(page: Page, done: () => Promise<boolean>, what: string) {
  const deadline = Date.now() + TIMEOUT;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await page.waitForTimeout(200);
  }
}

const short = (a: string) => `${a.slice(0, 6)}…${a.slice(-4)}`;

/** Connects the dev wallet with `account`, disconnecting whatever was connected. */
export async function connectDevWallet(page: Page, account: string) {
  const header = page.getByRole("navigation", { name: "Governance" });
  const disconnect = header.getByRole("button", { name: "Disconnect" });
  await page.getByRole("heading", { level: 1 }).first().waitFor({ timeout: TIMEOUT });
  // a wallet connected on an earlier visit reconnects by itself: wait for it to settle
  const remembered = await page.evaluate(
    () => localStorage.getItem("watershed:wallet-connected") === "1",
  );
  if (remembered) await disconnect.waitFor({ timeout: TIMEOUT });
  if (await disconnect.isVisible()) {
    if ((await header.textContent())?.includes(short(account))) return;
    await disconnect.click();
  }
  await header.getByRole("button", { name: "Connect wallet" }).click();
  const chooser = page.getByRole("dialog", { name: "Connect a wallet" });
  await chooser.getByRole("button", { name: /Dev wallet/ }).click({ timeout: TIMEOUT });
  const picker = page.getByRole("dialog", { name: /Dev wallet: choose an account/ });
  await picker.getByRole("button").filter({ hasText: account }).click({ timeout: TIMEOUT });
  await header.getByText(short(account)).waitFor({ timeout: TIMEOUT });
}

export async function signInDevWallet(page: Page, answer: "Sign and send" | "Reject") {
  const prompt = page.getByRole("dialog", { name: /Dev wallet: sign this transaction/ });
  await prompt.getByRole("button", { name: answer }).click({ timeout: TIMEOUT });
}

const formatTokens = (v: bigint) => formatCompact(v, 18);

/** Vote For with a reason on an Active proposal; its tallies and votes table change. */
export async function checkVoteWithReason(page: Page) {
  const config = await served(page);
  const p = (await activeProposals(page, config)).at(-1)!;
  const voter = (await eligibleVoters(page, config, p))[0];
  if (!voter) throw new Error(`no anvil account left to vote on “${p.title}”`);
  await page.goto(`${config.origin}/governance/proposals/${p.id}`);
  await connectDevWallet(page, voter.id);
  const panel = page.getByRole("region", { name: "Your vote" });
  const table = page.getByRole("region", { name: "Who voted, how and why?" });
  const rows = table.getByRole("row");
  await rows.nth(1).waitFor({ timeout: TIMEOUT });
  const before = await rows.count();
  const forRow = page
    .getByRole("region", { name: "Where does the vote stand?" })
    .locator(".tally-row")
    .first();
  const forBefore = await forRow.textContent();
  const reason = `Checked in Chromium at ${new Date().toISOString()}`;
  await panel.getByRole("button", { name: "For", exact: true }).click({ timeout: TIMEOUT });
  await panel.getByLabel(/Reason/).fill(reason);
  await panel.getByRole("button", { name: /^Vote For with/ }).click();
  await signInDevWallet(page, "Sign and send");
  await panel.getByText(/Your vote: indexed/).waitFor({ timeout: TIMEOUT });
  await table.getByText(reason).waitFor({ timeout: TIMEOUT });
  if ((await rows.count()) !== before + 1) throw new Error("the votes table did not gain the vote");
  // the For tally moved by the vote's weight, without a reload
  await until(
    page,
    async () => (await forRow.textContent()) !== forBefore,
    "the For tally to move",
  );
  await panel.getByText(/You voted/).waitFor();
}

/** Reject the dev wallet's signature: the vote is not sent and the typed reason stays. */
export async function checkRejectKeepsReason(page: Page) {
  const config = await served(page);
  const p = (await activeProposals(page, config))[0]!;
  const voter = (await eligibleVoters(page, config, p))[0];
  if (!voter) throw new Error(`no anvil account left to vote on “${p.title}”`);
  await page.goto(`${config.origin}/governance/proposals/${p.id}`);
  await connectDevWallet(page, voter.id);
  const panel = page.getByRole("region", { name: "Your vote" });
  const reason = "A reason worth keeping through a rejection.";
  await panel.getByRole("button", { name: "Against", exact: true }).click({ timeout: TIMEOUT });
  await panel.getByLabel(/Reason/).fill(reason);
  await panel.getByRole("button", { name: /^Vote Against with/ }).click();
  await signInDevWallet(page, "Reject");
  await panel
    .getByRole("alert")
    .filter({ hasText: "You rejected the request" })
    .waitFor({ timeout: TIMEOUT });
  const kept = await panel.getByLabel(/Reason/).inputValue();
  if (kept !== reason) throw new Error(`the reason was not kept: “${kept}”`);
  if (!(await panel.getByRole("button", { name: /^Vote Against with/ }).isEnabled())) {
    throw new Error("the vote button is not offered again");
  }
}

/** An anvil account holding tokens but no voting power delegates to itself; its power shows. */
export async function checkSelfDelegate(page: Page) {
  const config = await served(page);
  const accounts = (await rpc<string[]>(page, config, "eth_accounts")).map((a) => a.toLowerCase());
  const data = await graphql<{ accounts: { id: string; balance: string }[] }>(
    page,
    config,
    `{ accounts(where: { id_in: ${JSON.stringify(accounts)}, balance_gt: "0", votingPower: "0", delegate: null }, orderBy: balance, orderDirection: desc, first: 1) { id balance } }`,
  );
  const holder = data.accounts[0];
  if (!holder) throw new Error("no anvil account holds tokens without voting power");
  await page.goto(`${config.origin}/governance/delegates/${holder.id}`);
  await connectDevWallet(page, holder.id);
  await page.getByText("delegated to nobody: they carry no votes").waitFor({ timeout: TIMEOUT });
  await page.getByRole("button", { name: "Delegate to myself" }).click();
  await signInDevWallet(page, "Sign and send");
  await page.getByText(/Your delegation: indexed/).waitFor({ timeout: TIMEOUT });
  const power = `${formatTokens(BigInt(holder.balance))} WSHD`;
  // the account's own figures and its delegation, refetched from the subgraph and the chain
  await page.getByText(/delegated to yourself/).waitFor({ timeout: TIMEOUT });
  await page
    .getByText(new RegExp(`your voting power now is ${power.replace(".", "\\.")}`))
    .waitFor({ timeout: TIMEOUT });
  await page
    .locator(".stat-value")
    .filter({ hasText: power })
    .first()
    .waitFor({ timeout: TIMEOUT });
}

async function warp(page: Page, config: ServedConfig, seconds: number) {
  await rpc(page, config, "evm_increaseTime", [seconds]);
  await rpc(page, config, "evm_mine");
}

async function waitForState(page: Page, config: ServedConfig, id: string, state: string) {
  const deadline = Date.now() + TIMEOUT;
  for (;;) {
    const d = await graphql<{ proposal: { state: string } | null }>(
      page,
      config,
      `{ proposal(id: "${id}") { state } }`,
    );
    if (d.proposal?.state === state) return;
    if (Date.now() > deadline)
      throw new Error(`proposal ${id} is ${d.proposal?.state}, not ${state}`);
    await page.waitForTimeout(250);
  }
}

/**
 * Makes an Active proposal succeed (For votes from anvil's accounts, sent through the RPC),
 * moves the devnet's clock past its deadline, queues it from the page, moves the clock past
 * the timelock's eta and executes it from the page. Ends every open vote: run it last.
 */
export async function checkQueueAndExecute(page: Page) {
  const config = await served(page);
  const p = (await activeProposals(page, config))[0]!;
  let forVotes = BigInt(p.forVotes);
  const against = BigInt(p.againstVotes);
  const quorum = BigInt(p.quorumVotes ?? "0");
  const governor = config.contracts.CommunityGovernor as Hex;
  for (const voter of await eligibleVoters(page, config, p)) {
    if (forVotes > against && forVotes + BigInt(p.abstainVotes) >= quorum) break;
    const data = encodeFunctionData({
      abi: governorAbi,
      functionName: "castVoteWithReason",
      args: [BigInt(p.id), 1, "Setting up the queue check"],
    });
    await rpc(page, config, "eth_sendTransaction", [{ from: voter.id, to: governor, data }]);
    forVotes += BigInt(voter.votingPower);
  }
  if (!(forVotes > against)) throw new Error(`“${p.title}” cannot be made to pass`);
  const block = await rpc<{ timestamp: string }>(page, config, "eth_getBlockByNumber", [
    "latest",
    false,
  ]);
  await warp(page, config, Number(p.voteEnd) - Number(block.timestamp) + 1);
  await waitForState(page, config, p.id, "SUCCEEDED");

  await page.goto(`${config.origin}/governance/proposals/${p.id}`);
  const accounts = (await rpc<string[]>(page, config, "eth_accounts")).map((a) => a.toLowerCase());
  await connectDevWallet(page, accounts[3]!);
  const queue = page.getByRole("region", { name: "Queue it in the timelock" });
  await queue.getByRole("button", { name: "Queue" }).click({ timeout: TIMEOUT });
  await signInDevWallet(page, "Sign and send");
  const execute = page.getByRole("region", { name: "Execute it" });
  await execute.waitFor({ timeout: TIMEOUT });
  await page.getByText("Queued", { exact: true }).first().waitFor();
  const executeButton = execute.getByRole("button", { name: "Execute" });
  if (await executeButton.isEnabled()) throw new Error("Execute is offered before the eta");

  const eta = await graphql<{ proposal: { eta: string } }>(
    page,
    config,
    `{ proposal(id: "${p.id}") { eta } }`,
  );
  const now = await rpc<{ timestamp: string }>(page, config, "eth_getBlockByNumber", [
    "latest",
    false,
  ]);
  await warp(page, config, Number(eta.proposal.eta) - Number(now.timestamp) + 1);
  // the page's clock is the indexed head, polled every few seconds
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll("section")].some(
        (s) =>
          s.textContent?.startsWith("Execute it") &&
          !s.querySelector("button.primary")?.hasAttribute("disabled"),
      ),
    undefined,
    { timeout: TIMEOUT },
  );
  await executeButton.click();
  await signInDevWallet(page, "Sign and send");
  await page
    .getByRole("region", { name: "Timeline" })
    .getByText("Executed", { exact: true })
    .waitFor({ timeout: TIMEOUT });
  await waitForState(page, config, p.id, "EXECUTED");
}
