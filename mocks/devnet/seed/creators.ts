// Creators generate images (settled by the service in per-creator batches), publish some to
// the community portfolio, mint NFTs with their provenance, list them; collectors buy.
import { keccak256, stringToHex } from "viem";
import { publish, settleGenerations } from "../../../economy/model/fees.ts";
import { balanceOf } from "../../../economy/model/ledger.ts";
import { approveMarket, buy, list, mintNft } from "../../../economy/model/market.ts";
import { TOKEN } from "../../../economy/parameters.ts";
import { diurnal } from "./demand.ts";
import { act, addressOf, perBlock, type Sim } from "./sim.ts";

/** Activity grows over the month as the community finds the service. */
const growth = (sim: Sim) => 1 + Number(sim.now - sim.start) / Number(sim.end - sim.start);

/** A few prolific creators, many occasional ones. */
const creatorWeights = (n: number) => Array.from({ length: n }, (_, i) => 1 / (1 + i * 0.4));

export function generate(sim: Sim): void {
  const { rng, pop, model } = sim;
  const weights = creatorWeights(pop.creators.length);
  const batches = rng.poisson(perBlock(sim, 1.5 * diurnal(sim.now) * growth(sim)));
  for (let i = 0; i < batches; i++) {
    const creator = pop.creators[rng.weighted(weights)]!;
    const count = BigInt(1 + rng.poisson(2.5));
    act(
      sim,
      "settleGenerations",
      pop.service,
      "FeeRouter",
      "settleGenerations",
      [creator, count],
      () => settleGenerations(model, creator, count, sim.now),
    );
  }
}

export function share(sim: Sim, counter: { n: number }, seed: number): void {
  const { rng, pop, model } = sim;
  for (let i = rng.poisson(perBlock(sim, 0.4 * diurnal(sim.now))); i > 0; i--) {
    const sharer = rng.pick(pop.creators);
    const hash = keccak256(stringToHex(`work-${seed}-${counter.n++}`));
    act(sim, "publish", pop.service, "PortfolioNFT", "publish", [sharer, hash], () =>
      publish(model, sharer, hash),
    );
  }
}

export function mintWorks(sim: Sim): void {
  const { rng, pop, model } = sim;
  for (let i = rng.poisson(perBlock(sim, 0.12 * diurnal(sim.now))); i > 0; i--) {
    const creator = rng.pick(pop.creators);
    const fineTuner = rng.pick(pop.creators.filter((c) => c !== creator));
    const pool = [...pop.creators, ...pop.collectors];
    const contributors = rng.shuffle(pool).slice(0, rng.range(1, 4));
    act(sim, "mint", creator, "PortfolioNFT", "mint", [fineTuner, contributors], () =>
      mintNft(model, creator, fineTuner, contributors),
    );
  }
}

export function listWorks(sim: Sim): void {
  const { rng, model } = sim;
  for (let i = rng.poisson(perBlock(sim, 0.1)); i > 0; i--) {
    const unlisted = [...model.nfts.entries()].filter(([id]) => !model.listings.has(id));
    if (unlisted.length === 0) return;
    const [tokenId, nft] = rng.pick(unlisted);
    const market = addressOf(sim, "NftMarket");
    if (!model.operators.has(nft.owner) && nft.approved !== "market") {
      // some owners approve the one token, others the market for all their tokens
      if (rng.chance(0.5)) {
        act(sim, "approveNft", nft.owner, "PortfolioNFT", "approve", [market, tokenId], () =>
          approveMarket(model, nft.owner, tokenId),
        );
      } else {
        act(
          sim,
          "approveNftForAll",
          nft.owner,
          "PortfolioNFT",
          "setApprovalForAll",
          [market, true],
          () => approveMarket(model, nft.owner),
        );
      }
    }
    const price = BigInt(rng.range(5, 200)) * TOKEN;
    act(sim, "list", nft.owner, "NftMarket", "list", [tokenId, price], () =>
      list(model, nft.owner, tokenId, price),
    );
  }
}

export function buyWorks(sim: Sim): void {
  const { rng, pop, model } = sim;
  for (let i = rng.poisson(perBlock(sim, 0.09 * diurnal(sim.now))); i > 0; i--) {
    const listings = [...model.listings.entries()];
    if (listings.length === 0) return;
    const [tokenId, listing] = rng.pick(listings);
    const buyers = [...pop.collectors, ...pop.creators].filter(
      (b) => b !== listing.seller && balanceOf(model.ledger, b) >= listing.price,
    );
    if (buyers.length === 0) continue;
    const buyer = rng.pick(buyers);
    act(sim, "buy", buyer, "NftMarket", "buy", [tokenId], () => buy(model, buyer, tokenId));
  }
}
