import { Bytes } from "@graphprotocol/graph-ts";
import {
  RoleAdminChanged,
  RoleGranted,
  RoleRevoked,
  SaturationSampled,
} from "../../generated/SaturationOracle/SaturationOracle";
import { Datum, SaturationSample } from "../../generated/schema";
import { ZERO, ZERO_DECIMAL } from "../common/constants";
import { fromBps, ratio } from "../common/decimals";
import { recordRoleAdminChanged, recordRoleGranted, recordRoleRevoked } from "../common/roles";
import {
  addToDay,
  appendToWindow,
  downloadBasePrice,
  effectiveCapacity,
  nextDatumIndex,
  surgePrice,
} from "../common/saturation";
import { windowStart } from "../common/time";

export function getDatum(id: Bytes): Datum {
  let datum = Datum.load(id);
  if (datum == null) {
    datum = new Datum(id);
    datum.latestSaturation = ZERO_DECIMAL;
    datum.latestSurge = ZERO_DECIMAL;
    datum.latestWindow = ZERO;
    datum.sampleCount = 0;
    datum.downloadCount = 0;
    datum.downloadRevenue = ZERO;
    datum.index = nextDatumIndex();
  }
  return datum;
}

export function handleSaturationSampled(event: SaturationSampled): void {
  const p = event.params;
  const datum = getDatum(p.datumId);
  const sample = new SaturationSample(p.datumId.toHexString() + "-" + p.window.toString());
  sample.datum = datum.id;
  sample.window = p.window;
  sample.windowStart = windowStart(p.window);
  sample.demand = p.demand;
  sample.capacity = p.capacity;
  sample.saturationBps = p.saturationBps;
  // The contract treats zero capacity as one unit; the decimal follows it.
  sample.saturation = ratio(p.demand, effectiveCapacity(p.capacity));
  sample.surgeBps = p.surgeBps;
  sample.surge = fromBps(p.surgeBps);
  // Before DOWNLOAD_BASE_PRICE is indexed the price is unknown: null here, 0 in the window.
  let basePrice = ZERO;
  const parameter = downloadBasePrice();
  if (parameter !== null) {
    basePrice = parameter;
    sample.price = surgePrice(basePrice, p.surgeBps);
  }
  sample.save();
  appendToWindow(datum, sample, basePrice);
  addToDay(datum, sample);

  datum.latestSaturation = sample.saturation;
  datum.latestSurge = sample.surge;
  datum.latestWindow = p.window;
  datum.sampleCount += 1;
  datum.save();
}

export function handleRoleGranted(event: RoleGranted): void {
  const p = event.params;
  recordRoleGranted(event, p.role, p.account, p.sender);
}

export function handleRoleRevoked(event: RoleRevoked): void {
  const p = event.params;
  recordRoleRevoked(event, p.role, p.account, p.sender);
}

export function handleRoleAdminChanged(event: RoleAdminChanged): void {
  const p = event.params;
  recordRoleAdminChanged(event, p.role, p.previousAdminRole, p.newAdminRole);
}
