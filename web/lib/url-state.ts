// The URL holds what a reader would share: range, granularity, filters, selection. Each
// change pushes a history entry, so back and forward walk through the views a reader saw.
import { useCallback, useMemo } from "react";
import { useSearchParams } from "react-router";
import {
  GRANULARITIES,
  type Granularity,
  RANGE_KEYS,
  type RangeKey,
  type RangeSpec,
} from "./time-range.ts";

export function useUrlParams(): [
  URLSearchParams,
  (changes: Record<string, string | null>) => void,
] {
  const [params, setParams] = useSearchParams();
  const update = useCallback(
    (changes: Record<string, string | null>) =>
      setParams((current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value === null || value === "") next.delete(key);
          else next.set(key, value);
        }
        return next;
      }),
    [setParams],
  );
  return [params, update];
}

/** A value from a closed set, falling back to the default for anything pasted wrongly. */
export function pick<T extends string>(
  value: string | null,
  allowed: readonly T[],
  fallback: T,
): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

export interface RangeParams {
  spec: RangeSpec;
  granularity: Granularity;
  setRange: (spec: RangeSpec) => void;
  setGranularity: (g: Granularity) => void;
}

export function useRangeParams(defaults: {
  range: RangeKey;
  granularity: Granularity;
}): RangeParams {
  const [params, update] = useUrlParams();
  const key = pick(params.get("range"), RANGE_KEYS, defaults.range);
  const fromDate = params.get("from") ?? undefined;
  const toDate = params.get("to") ?? undefined;
  const granularity = pick(params.get("gran"), GRANULARITIES, defaults.granularity);
  const spec = useMemo<RangeSpec>(() => ({ key, fromDate, toDate }), [key, fromDate, toDate]);
  return {
    spec,
    granularity,
    setRange: (next) =>
      update({
        range: next.key,
        from: next.key === "custom" ? (next.fromDate ?? null) : null,
        to: next.key === "custom" ? (next.toDate ?? null) : null,
      }),
    setGranularity: (g) => update({ gran: g }),
  };
}
