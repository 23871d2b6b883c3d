// Every window the service reports the finished window's saturation for all data, and a
// few downloaders with an access stake buy downloads at the surge-adjusted price.
import { download, reportSaturation } from "../../../economy/model/market.ts";
import { activeStakeOf } from "../../../economy/model/staking.ts";
import { WINDOW_LENGTH } from "../../../economy/parameters.ts";
import { type Datum, diurnal, drawDemand } from "./demand.ts";
import { act, perBlock, type Sim } from "./sim.ts";

/** Reports one finished window (at most the one before the block's own). */
export function reportWindow(sim: Sim, data: Datum[], window: bigint): void {
  const demand = drawDemand(sim.rng, data, window * WINDOW_LENGTH);
  const reports = data.map((d, i) => ({ datumId: d.id, demand: demand[i]!, capacity: d.capacity }));
  const args = [window, data.map((d) => d.id), demand, data.map((d) => d.capacity)];
  act(sim, "report", sim.pop.service, "SaturationOracle", "report", args, () =>
    reportSaturation(sim.model, window, reports, sim.now),
  );
}

export function downloads(sim: Sim, data: Datum[]): void {
  const { rng, model, pop } = sim;
  const candidates = [...pop.collectors, ...pop.stakers, ...pop.creators].filter(
    (a) => activeStakeOf(model, a) >= model.params.MIN_ACCESS_STAKE,
  );
  if (candidates.length === 0) return;
  const n = rng.poisson(perBlock(sim, 0.7 * diurnal(sim.now)));
  for (let i = 0; i < n; i++) {
    const datum = data[rng.weighted(data.map((d) => Number(d.lastDemand) + 1))]!;
    const who = rng.pick(candidates);
    act(sim, "download", who, "DownloadMarket", "download", [datum.id], () =>
      download(model, who, datum.id),
    );
  }
}
