// The views and the modules that draw them, apart from the router's elements (routes.tsx) so
// the static demo's entry can start loading the first view's code on its own.
import type { ComponentType } from "react";
import { matchRoutes, type RouteObject } from "react-router";

export interface ViewRoute {
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

const viewMatchers: RouteObject[] = viewRoutes.map((r) =>
  r.index ? { index: true } : { path: r.path },
);

/**
 * Starts loading the module of the view `pathname` (below the router's base) shows, before
 * React asks for it: the static demo does while its service worker starts, so the view's
 * code is not fetched through it.
 */
export function preloadView(pathname: string): void {
  const matched = matchRoutes([{ path: "/", children: viewMatchers }], pathname)?.at(-1)?.route;
  const view = matched ? viewRoutes[viewMatchers.indexOf(matched)] : undefined;
  view?.lazy().catch(() => {}); // React's own import reports a failure
}
