import type { ParameterKey } from "../../../../economy/parameters.ts";
import { ImpactPreview } from "./impact-preview.tsx";

const NOT_EXECUTED = { executedBlock: null, executedAt: null };

export interface ImpactSectionProps {
  /**
   * The draft's parameter changes, by key, in the parameter's base units (bps, seconds,
   * token or stablecoin base units; see web/lib/parameters.ts). Keys left out keep their
   * current value; an empty object previews no change (every difference is 0). The preview
   * compares the parameters in force at the indexed head with them applied, over the
   * activity measured from the indexed history (the trailing window is in the URL:
   * `window=7|14|30`, `horizon=30|90|365`, `forecast=steady|trend|budget`; left out: 30, 30,
   * budget). Values the contract would refuse (a split that
   * does not sum to 100 %, a value out of range) show the contract's reason instead. The
   * object may be recreated on every render: the projection reruns only when a value changes.
   */
  changes: Partial<Record<ParameterKey, bigint>>;
}

/** The impact preview of a draft proposal, rendered under the draft's diff by the builder. */
export function ImpactSection({ changes }: ImpactSectionProps) {
  return <ImpactPreview changes={changes} target={NOT_EXECUTED} />;
}
