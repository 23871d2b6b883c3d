// Every view is a lazily loaded route: the first paint carries the shell and one view.
import type { RouteObject } from "react-router";
import { Shell } from "./shell/shell.tsx";

const lazyRoute = (load: () => Promise<{ Route: React.ComponentType }>) => async () => ({
  Component: (await load()).Route,
});

export const routes: RouteObject[] = [
  {
    path: "/",
    Component: Shell,
    // Before the first lazy view arrives: an empty page, not React Router's warning.
    HydrateFallback: () => null,
    children: [
      {
        index: true,
        lazy: lazyRoute(() => import("../features/overview/routes/overview-route.tsx")),
      },
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
      { path: "*", lazy: lazyRoute(() => import("./not-found.tsx")) },
    ],
  },
];
