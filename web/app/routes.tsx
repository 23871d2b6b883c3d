// Every view is a lazily loaded route: the first paint carries the shell and one view.
// Declarative routes (not the data router): the SPA loads its data through Apollo, and
// the data router's extra code would push the first load over its 150 kB budget.
import { type ComponentType, lazy } from "react";
import { Route, Routes } from "react-router";
import { Shell } from "./shell/shell.tsx";

interface ViewRoute {
  /** relative to the shell; `index` for the Overview */
  path?: string;
  index?: true;
  lazy: () => Promise<{ Component: ComponentType }>;
}

const lazyRoute = (load: () => Promise<{ Route: ComponentType }>) => async () => ({
  Component: (await load()).Route,
});

export const viewRoutes: ViewRoute[] = [
  { index: true, lazy: lazyRoute(() => import("../features/overview/routes/overview-route.tsx")) },
  {
    path: "treasury",
    lazy: lazyRoute(() => import("../features/treasury/routes/treasury-route.tsx")),
  },
  {
    path: "emissions",
    lazy: lazyRoute(() => import("../features/emissions/routes/emissions-route.tsx")),
  },
  {
    path: "saturation",
    lazy: lazyRoute(() => import("../features/saturation/routes/saturation-route.tsx")),
  },
  { path: "flows", lazy: lazyRoute(() => import("../features/flows/routes/flows-route.tsx")) },
  {
    path: "staking",
    lazy: lazyRoute(() => import("../features/staking/routes/staking-route.tsx")),
  },
  {
    path: "governance",
    lazy: lazyRoute(() => import("../features/governance/routes/governance-route.tsx")),
  },
  {
    path: "governance/propose",
    lazy: lazyRoute(() => import("../features/governance/routes/propose-route.tsx")),
  },
  {
    path: "governance/proposals/:id",
    lazy: lazyRoute(() => import("../features/governance/routes/proposal-route.tsx")),
  },
  {
    path: "governance/delegates",
    lazy: lazyRoute(() => import("../features/governance/routes/delegates-route.tsx")),
  },
  {
    path: "governance/parameters",
    lazy: lazyRoute(() => import("../features/governance/routes/parameters-route.tsx")),
  },
  {
    path: "governance/delegates/:address",
    lazy: lazyRoute(() => import("../features/governance/routes/delegate-route.tsx")),
  },
  { path: "*", lazy: lazyRoute(() => import("./not-found.tsx")) },
];

// One React.lazy per route, made once, so a view's module is fetched once and kept.
const elements = viewRoutes.map((route) => {
  const View = lazy(() => route.lazy().then((m) => ({ default: m.Component })));
  return { ...route, View };
});

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/" element={<Shell />}>
        {elements.map(({ path, index, View }) =>
          index ? (
            <Route key="index" index element={<View />} />
          ) : (
            <Route key={path} path={path} element={<View />} />
          ),
        )}
      </Route>
    </Routes>
  );
}
