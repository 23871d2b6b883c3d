// Route tests render the real router, providers and views in jsdom; MSW answers the
// subgraph URL with the local graph-node's query engine over a store that the real
// pipeline recorded (mocks/fixture): no figure here is typed by hand.
import { ApolloProvider } from "@apollo/client/react";
import { render } from "@testing-library/react";
import { setupServer } from "msw/node";
import {
  type Location,
  MemoryRouter,
  type NavigateFunction,
  useLocation,
  useNavigate,
} from "react-router";
import { ensureFixture, type RecordedFixture } from "../../mocks/fixture/load-fixture.ts";
import { createQueryEngine, type QueryEngine } from "../../mocks/graph-node/graphql/engine.ts";
import { graphNodeHandlers } from "../../mocks/msw/graph-node-handlers.ts";
import { createApolloClient } from "../app/apollo.ts";
import { AppRoutes } from "../app/routes.tsx";
import { StatusProvider } from "../app/status/status-provider.tsx";
import type { AppConfig } from "../lib/config.ts";
import { ConfigContext } from "../lib/config-context.ts";

export const SUBGRAPH_URL = "http://subgraph.test/subgraphs/name/watershed";

export interface FixtureBackend {
  fixture: RecordedFixture;
  engine: QueryEngine;
  server: ReturnType<typeof setupServer>;
  config: AppConfig;
  /** operation names of the GraphQL requests seen since the last reset */
  requests: string[];
}

export async function startFixtureBackend(): Promise<FixtureBackend> {
  const fixture = await ensureFixture();
  const engine = createQueryEngine({ sdl: fixture.sdl, store: fixture.store });
  const server = setupServer(...graphNodeHandlers(engine, { url: SUBGRAPH_URL }));
  const requests: string[] = [];
  server.events.on("request:start", async ({ request }) => {
    const body = (await request.clone().json()) as { operationName?: string };
    const name = body.operationName ?? "anonymous";
    // The shell polls its status every 5 s; a slow machine sees a second poll before a view
    // has loaded, and a poll is not part of the view's load.
    if (name === "IndexingStatus" && requests.includes(name)) return;
    requests.push(name);
  });
  server.listen({ onUnhandledRequest: "error" });
  const config: AppConfig = {
    subgraphUrl: SUBGRAPH_URL,
    chainId: fixture.meta.chainId,
    contracts: Object.fromEntries(
      Object.entries(fixture.meta.contracts).map(([name, c]) => [name, c.address.toLowerCase()]),
    ),
    assets: fixture.meta.assets,
    source: "devnet",
  };
  return { fixture, engine, server, config, requests };
}

/** Runs one query on the fixture directly, to compute what a view must show. */
export async function queryFixture<T>(
  engine: QueryEngine,
  query: string,
  variables?: Record<string, unknown>,
) {
  const result = await engine.execute({ query, variables });
  if (result.errors) throw new Error(result.errors.map((e) => e.message).join("; "));
  return result.data as T;
}

/** What a test needs of the router: where it is, and a way to go back and forth. */
export interface TestRouter {
  state: { location: Location };
  navigate: (to: string | number) => Promise<void>;
}

function RouterProbe({ into }: { into: { location?: Location; navigate?: NavigateFunction } }) {
  into.location = useLocation();
  into.navigate = useNavigate();
  return null;
}

export function renderRoute(path: string, config: AppConfig) {
  const probe: { location?: Location; navigate?: NavigateFunction } = {};
  const view = render(
    <ConfigContext.Provider value={config}>
      <ApolloProvider client={createApolloClient(config.subgraphUrl)}>
        <StatusProvider>
          <MemoryRouter initialEntries={[path]}>
            <AppRoutes />
            <RouterProbe into={probe} />
          </MemoryRouter>
        </StatusProvider>
      </ApolloProvider>
    </ConfigContext.Provider>,
  );
  const router: TestRouter = {
    state: {
      get location() {
        return probe.location as Location;
      },
    },
    navigate: async (to) => {
      if (typeof to === "number") await probe.navigate?.(to);
      else await probe.navigate?.(to);
    },
  };
  return { ...view, router };
}

/**
 * A formatted text as getByText compares it: the default normaliser turns the page's
 * whitespace (the no-break space before "%" included) into plain spaces, but a string
 * matcher is compared as given.
 */
export const asRead = (text: string) => text.replace(/\s+/g, " ").trim();
