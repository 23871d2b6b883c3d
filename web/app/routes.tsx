// Every view is a lazily loaded route: the first paint carries the shell and one view.
// Declarative routes (not the data router): the SPA loads its data through Apollo, and
// the data router's extra code would push the first load over its 150 kB budget.
import { lazy } from "react";
import { Route, Routes } from "react-router";
import { Shell } from "./shell/shell.tsx";
import { viewRoutes } from "./view-routes.ts";

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
