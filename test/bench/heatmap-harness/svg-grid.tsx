// The same grid as recharts draws it: a ScatterChart with one SVG rect per cell, coloured
// by the same scale. What the canvas heatmap is measured against.
import { Scatter, ScatterChart, XAxis, YAxis } from "recharts";
import { saturationColour } from "../../../web/lib/colour-scale.ts";

export interface SvgCell {
  column: number;
  row: number;
  saturation: number;
}

export function SvgGrid({
  cells,
  columns,
  rows,
  width,
  rowHeight,
}: {
  cells: SvgCell[];
  columns: number;
  rows: number;
  width: number;
  rowHeight: number;
}) {
  const cellWidth = width / columns;
  return (
    <ScatterChart
      width={width}
      height={rows * rowHeight}
      margin={{ top: 0, right: 0, bottom: 0, left: 0 }}
    >
      <XAxis type="number" dataKey="column" domain={[0, columns]} hide />
      <YAxis type="number" dataKey="row" domain={[0, rows]} reversed hide />
      <Scatter
        data={cells}
        isAnimationActive={false}
        shape={(props: { cx?: number; cy?: number; payload?: SvgCell }) => (
          <rect
            x={props.cx ?? 0}
            y={props.cy ?? 0}
            width={cellWidth}
            height={rowHeight}
            fill={saturationColour(props.payload?.saturation ?? Number.NaN) ?? "transparent"}
          />
        )}
      />
    </ScatterChart>
  );
}
