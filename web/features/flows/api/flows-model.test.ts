import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { FlowLinksQuery } from "../../../gql/graphql.ts";
import {
  type LinkTotal,
  linkTotals,
  sankeyModel,
  sentBy,
  shareOfSource,
  stockChanges,
} from "./flows-model.ts";
import { detailSpec } from "./link-detail.ts";

const TOKEN = "0xtoken";
const USDC = "0xusdc";
const E18 = 10n ** 18n;

const link = (from: string, to: string, amount: bigint, asset = TOKEN): LinkTotal => ({
  id: asset === TOKEN ? `${from}-${to}` : `${from}-${to}-${asset}`,
  from,
  to,
  asset,
  amount,
  count: 1,
});

type Row = FlowLinksQuery["flowLinks"][number];
const row = (from: string, to: string, end: string | null, start: string | null): Row => ({
  id: `${from}-${to}`,
  from,
  to,
  asset: TOKEN,
  firstDayId: 1,
  end: end === null ? [] : [{ cumulativeAmount: end, cumulativeCount: 5 }],
  start: start === null ? [] : [{ cumulativeAmount: start, cumulativeCount: 2 }],
});

describe("link totals over a range", () => {
  it("are the running total at the last day minus the one before the first", () => {
    const links = linkTotals({
      flowLinks: [
        row("FEE_PAYERS", "COMPANY_RESERVE", "700", "200"),
        // no day before the range: everything up to its end
        row("FEE_PAYERS", "STAKING_VAULT", "90", null),
        // nothing moved inside the range: dropped
        row("GENESIS", "COMPANY_RESERVE", "1000", "1000"),
      ],
      stockBalances: [],
    });
    expect(links.map((l) => [l.id, l.amount, l.count])).toEqual([
      ["FEE_PAYERS-COMPANY_RESERVE", 500n, 3],
      ["FEE_PAYERS-STAKING_VAULT", 90n, 5],
    ]);
  });

  it("keep digits no float could hold", () => {
    const huge = 123_456_789_012_345_678_901_234_567n;
    const [l] = linkTotals({
      flowLinks: [row("A", "B", (huge + 1n).toString(), "1")],
      stockBalances: [],
    });
    expect(l?.amount).toBe(huge);
  });
});

describe("share of the source", () => {
  it("is the link's amount over everything its source sent", () => {
    const links = [
      link("FEE_PAYERS", "COMPANY_RESERVE", 40n * E18),
      link("FEE_PAYERS", "COMMUNITY_TREASURY", 40n * E18),
      link("FEE_PAYERS", "STAKING_VAULT", 20n * E18),
      link("STAKING_VAULT", "STAKERS", 5n * E18),
    ];
    const sent = sentBy(links);
    expect(sent.get("FEE_PAYERS")).toBe(100n * E18);
    expect(shareOfSource(links[2]!, sent)).toBe(0.2);
    expect(shareOfSource(links[3]!, sent)).toBe(1);
  });

  it("of a node's links add up to one", () => {
    fc.assert(
      fc.property(
        fc.array(fc.bigInt({ min: 1n, max: 10n ** 30n }), { minLength: 1, maxLength: 12 }),
        (amounts) => {
          const links = amounts.map((a, i) => link("FEE_PAYERS", `N${i}`, a));
          const sent = sentBy(links);
          const sum = links.reduce((s, l) => s + shareOfSource(l, sent), 0);
          expect(sum).toBeCloseTo(1, 6);
        },
      ),
    );
  });
});

describe("the Sankey model", () => {
  const links = [
    link("FEE_PAYERS", "COMPANY_RESERVE", 40n * E18),
    link("FEE_PAYERS", "STAKING_VAULT", 20n * E18),
    link("STAKERS", "STAKING_VAULT", 100n * E18),
    link("STAKING_VAULT", "STAKERS", 30n * E18),
    link("STAKING_VAULT", "COMMUNITY_TREASURY", 5n * E18),
    link("STAKING_VAULT", "BURNED", 5n * E18),
  ];

  it("draws agents once paying and once receiving, so stakers never loop", () => {
    const model = sankeyModel(links);
    const keys = model.nodes.map((n) => n.key);
    expect(keys).toContain("STAKERS:out");
    expect(keys).toContain("STAKERS:in");
    expect(keys.filter((k) => k.startsWith("STAKING_VAULT"))).toEqual(["STAKING_VAULT"]);
    const side = (key: string) => model.nodes.find((n) => n.key === key)?.side;
    expect([side("STAKERS:out"), side("STAKING_VAULT"), side("BURNED:in")]).toEqual([
      "source",
      "stock",
      "sink",
    ]);
  });

  it("sizes links by exact ratios of their amounts and totals nodes in bigint", () => {
    const model = sankeyModel(links);
    const total = links.reduce((a, l) => a + l.amount, 0n);
    for (const l of model.links)
      expect(l.value).toBeCloseTo(Number((l.link.amount * 10n ** 9n) / total) / 1e9, 12);
    const vault = model.nodes.find((n) => n.key === "STAKING_VAULT");
    // in 120, out 40: the bar is as tall as the larger side
    expect(vault?.total).toBe(120n * E18);
  });

  it("cuts a loop between stocks with a receiving copy, and always yields a graph without cycles", () => {
    const stocks = ["COMPANY_RESERVE", "COMMUNITY_TREASURY", "STABLE_RESERVE", "STAKING_VAULT"];
    const nodes = [...stocks, "FEE_PAYERS", "STAKERS", "BURNED"];
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.constantFrom(...nodes),
            fc.constantFrom(...nodes),
            fc.bigInt({ min: 1n, max: 10n ** 24n }),
          ),
          { minLength: 1, maxLength: 20 },
        ),
        (triples) => {
          const ls = triples.filter(([f, t]) => f !== t).map(([f, t, a]) => link(f, t, a));
          const model = sankeyModel(ls);
          // a topological order exists
          const indegree = model.nodes.map(() => 0);
          for (const l of model.links) indegree[l.target]! += 1;
          const queue = indegree.flatMap((d, i) => (d === 0 ? [i] : []));
          let seen = 0;
          while (queue.length > 0) {
            const at = queue.pop() as number;
            seen += 1;
            for (const l of model.links)
              if (l.source === at && --indegree[l.target]! === 0) queue.push(l.target);
          }
          expect(seen).toBe(model.nodes.length);
          // nothing lost: every visible amount is drawn once
          expect(model.links.reduce((a, l) => a + l.link.amount, 0n)).toBe(
            ls.reduce((a, l) => a + l.amount, 0n),
          );
        },
      ),
    );
  });

  it("leaves out a hidden node's links, but its shares stay shares of everything it sent", () => {
    const model = sankeyModel(links, new Set(["COMPANY_RESERVE"]));
    expect(model.links.some((l) => l.link.to === "COMPANY_RESERVE")).toBe(false);
    const staking = model.links.find((l) => l.link.id === "FEE_PAYERS-STAKING_VAULT");
    expect(staking?.share).toBeCloseTo(1 / 3, 9);
  });
});

describe("stock changes", () => {
  it("reconcile when links in − links out equal the balance change, per asset", () => {
    const links = [
      link("FEE_PAYERS", "COMPANY_RESERVE", 50n),
      link("COMPANY_RESERVE", "CREATORS", 20n),
      link("LIQUIDITY_PROVIDER", "STABLE_RESERVE", 7n, USDC),
    ];
    const balance = (stock: string, asset: string, start: string | null, end: string | null) => ({
      id: `${stock}-${asset}`,
      stock: { id: stock },
      asset,
      start: start === null ? [] : [{ balance: start }],
      end: end === null ? [] : [{ balance: end }],
    });
    const changes = stockChanges(
      {
        flowLinks: [],
        stockBalances: [
          balance("COMPANY_RESERVE", TOKEN, "100", "130"),
          balance("STABLE_RESERVE", USDC, null, "8"),
          balance("STAKING_VAULT", TOKEN, null, null),
        ],
      },
      links,
    );
    expect(changes.map((c) => [c.stock, c.linksIn, c.linksOut, c.reconciles])).toEqual([
      ["COMPANY_RESERVE", 50n, 20n, true],
      ["STABLE_RESERVE", 7n, 0n, false],
    ]);
  });
});

describe("link detail", () => {
  it("names the events behind each kind of link", () => {
    expect(detailSpec("COMPANY_RESERVE", "CREATORS")).toMatchObject({
      kind: "emissions",
      emissionKind: "GENERATION",
      emissionSource: "COMPANY_RESERVE",
    });
    expect(detailSpec("NFT_BUYERS", "CREATORS")).toMatchObject({
      kind: "royalties",
      royaltyRole: "CREATOR",
    });
    expect(detailSpec("STAKING_VAULT", "COMMUNITY_TREASURY")).toMatchObject({
      kind: "stockFlows",
      stock: "COMMUNITY_TREASURY",
      direction: "IN",
      sources: ["SLASH"],
    });
    expect(detailSpec("STAKING_VAULT", "STAKERS")).toMatchObject({
      direction: "OUT",
      sources: ["UNSTAKE", "REWARD_CLAIM"],
    });
    expect(detailSpec("STAKING_VAULT", "BURNED")?.kind).toBe("slashes");
    expect(detailSpec("SOMEONE", "ELSE")).toBeNull();
  });
});
