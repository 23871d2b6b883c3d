// A recharts legend whose entries show and hide their series (UI.md: legends are clickable);
// a hidden series' entry is struck through (.legend-off).
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
