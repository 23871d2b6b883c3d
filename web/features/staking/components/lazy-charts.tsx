// The view's charts load after its header, figures and tables: recharts is the larger part
// of the route's code, and the answer at the top should not wait for it. The chart card
// reserves each chart's height, so nothing moves when a chart arrives.
import { lazy, type ReactNode, Suspense } from "react";

export const CategoryBarChart = lazy(() =>
  import("./category-bar-chart.tsx").then((m) => ({ default: m.CategoryBarChart })),
);
export const LockWeightCurve = lazy(() =>
  import("./lock-weight-curve.tsx").then((m) => ({ default: m.LockWeightCurve })),
);
export const TimeSeriesChart = lazy(() =>
  import("../../../components/chart/time-series-chart.tsx").then((m) => ({
    default: m.TimeSeriesChart,
  })),
);

export function ChartSlot({ height, children }: { height: number; children: ReactNode }) {
  return (
    <Suspense fallback={<div className="skeleton" style={{ height }} aria-hidden="true" />}>
      {children}
    </Suspense>
  );
}
