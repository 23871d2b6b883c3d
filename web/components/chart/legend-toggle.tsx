// A recharts legend whose entries show and hide their series (UI.md: legends are clickable);
// a hidden series' entry is struck through (.legend-off).
import { useCallback, useState } from "react";
import type { LegendProps } from "recharts";

export function legendToggle(
  hidden: ReadonlySet<string>,
  toggle: (key: string) => void,
): Pick<LegendProps, "onClick" | "formatter" | "wrapperStyle"> {
  return {
    onClick: (entry) => toggle(String(entry.dataKey)),
    formatter: (value: string, entry) => (
      <span className={hidden.has(String(entry.dataKey)) ? "legend-off" : undefined}>{value}</span>
    ),
    wrapperStyle: { cursor: "pointer", fontSize: 12 },
  };
}

/** The series a reader has hidden by clicking their legend entries, and the click's toggle. */
export function useHiddenSeries(): [ReadonlySet<string>, (key: string) => void] {
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const toggle = useCallback(
    (key: string) =>
      setHidden((current) => {
        const next = new Set(current);
        if (next.has(key)) next.delete(key);
        else next.add(key);
        return next;
      }),
    [],
  );
  return [hidden, toggle];
}
