// The static demo (npm run demo:build) in Chromium from a plain static file server, with no
// backend: MSW's service worker answers the SPA's GraphQL with graph-node's query engine over
// the recorded fixture. Views show the fixture's figures (computed here from the fixture,
// in Node, with the same engine), no console error or warning, the vote panel says why it
// cannot vote, and the first route's LCP is printed (its budget is checked by the bench).
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadFixture } from "../../mocks/fixture/load-fixture.ts";
import { createQueryEngine } from "../../mocks/graph-node/graphql/engine.ts";
import { demoNoteText } from "../../web/components/demo-note.tsx";
import { formatCompact, toBigInt } from "../../web/lib/amount.ts";
import { loadVitals } from "../bench/page-vitals.ts";
import { launchChromium, openRecordingPage } from "./browser.ts";
import { buildDemo, demoDataSize } from "./build-demo.ts";
import { demoOverviewReady } from "./demo-ready.ts";
import { type StaticServer, startStaticServer } from "./static-server.ts";

interface ClosedProposal {
  id: string;
  title: string;
  forVotes: string;
  againstVotes: string;
  abstainVotes: string;
  voterCount: number;
}

let server: StaticServer;
let browser: Browser;
let head: number;
let proposal: ClosedProposal;
let native: { symbol: string; decimals: number };

beforeAll(async () => {
  const browserStart = launchChromium();
  browserStart.catch(() => {});
  const built = await buildDemo();
  const data = demoDataSize(built.dir);
  console.log(
    `demo ${built.fromCache ? "build reused" : "built"} in ${(built.ms / 1000).toFixed(1)} s; ${data.path} ${(data.bytes / 1024 / 1024).toFixed(2)} MB`,
  );
  // what the views must show, from the recorded fixture itself
  const fixture = loadFixture();
  head = fixture.meta.head.number;
  const asset = fixture.meta.assets.find((a) => a.kind === "native");
  if (!asset) throw new Error("the fixture has no native asset");
  native = asset;
  const engine = createQueryEngine({ sdl: fixture.sdl, store: fixture.store });
  const result = await engine.execute({
    query: `{ proposals(first: 1, orderBy: createdAt, orderDirection: desc,
      where: { state_in: [EXECUTED, DEFEATED, SUCCEEDED, QUEUED, EXPIRED] }) {
      id title forVotes againstVotes abstainVotes voterCount } }`,
  });
  const found = (result.data as { proposals: ClosedProposal[] } | undefined)?.proposals[0];
  if (!found) throw new Error(`the fixture has no decided proposal: ${JSON.stringify(result)}`);
  proposal = found;
  server = await startStaticServer({ root: built.dir });
  browser = await browserStart;
}, 240_000);

afterAll(async () => {
  await browser?.close().catch(() => {});
  await server?.close();
});

/** A page that records every console error and warning and every uncaught error. */
const open = () => openRecordingPage(browser, { viewport: { width: 1280, height: 800 } });

const go = (page: Page, label: string) =>
  page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: label }).click();

const tally = (p: ClosedProposal) => {
  const c = (v: string) => formatCompact(toBigInt(v), native.decimals);
  return `For ${c(p.forVotes)} · Against ${c(p.againstVotes)} · Abstain ${c(p.abstainVotes)} ${native.symbol} · ${p.voterCount} ${p.voterCount === 1 ? "voter" : "voters"}`;
};

describe("static demo", () => {
  it("shows the recorded history's figures on every view, and says why it cannot vote", async () => {
    const { page, problems, close } = await open();
    try {
      await page.goto(`${server.url}/`);
      await demoOverviewReady(page, native.symbol);
      // the shell's _meta: the fixture's last block, and that no chain is behind it
      const status = page.locator(".status-line");
      await status.getByText(`Block ${head.toLocaleString("en-US")}`).waitFor();
      await status.getByText(/recorded demo, no live chain/).waitFor();

      await go(page, "Treasury");
      const row = page.getByRole("row").filter({ hasText: "Community treasury" }).first();
      await row.getByRole("cell").nth(4).getByText(/\d/).waitFor({ timeout: 20_000 });

      await go(page, "Saturation");
      await page
        .getByRole("application", { name: /^Saturation heatmap:/ })
        .waitFor({ timeout: 20_000 });
      await page.waitForFunction(
        () => ((document.querySelector(".heatmap-canvas") as HTMLCanvasElement)?.width ?? 0) > 1,
      );

      await go(page, "Governance");
      const item = page.getByRole("listitem").filter({ hasText: proposal.title }).first();
      await item.getByText(tally(proposal)).waitFor({ timeout: 20_000 });
      await page.getByText("Static demo: no wallet").first().waitFor();

      await item.getByRole("link", { name: proposal.title }).first().click();
      await page.waitForURL(`**/governance/proposals/${proposal.id}`);
      await page.getByRole("heading", { level: 1, name: proposal.title }).waitFor();
      const panel = page.getByRole("region", { name: "Your vote" });
      await panel.getByText(demoNoteText()).waitFor({ timeout: 20_000 });
      expect(await panel.getByRole("button").count()).toBe(0);

      // a deep link loads on its own (the host answers it with index.html)
      await page.goto(`${server.url}/governance/proposals/${proposal.id}`);
      await page.getByRole("heading", { level: 1, name: proposal.title }).waitFor();
      await page
        .getByRole("region", { name: "Your vote" })
        .getByText(demoNoteText())
        .waitFor({ timeout: 30_000 });
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it("measures LCP on / from a cold load", async () => {
    const vitals = await loadVitals(browser, `${server.url}/`, 300, (page) =>
      demoOverviewReady(page, native.symbol),
    );
    console.log(
      `demo LCP on /: ${Math.round(vitals.lcp)} ms (${vitals.lcpElement}); CLS ${vitals.cls.toFixed(3)}`,
    );
    expect(vitals.lcp).toBeGreaterThan(0);
  });
});
