import type { ApolloClient } from "@apollo/client";
import { ApolloProvider } from "@apollo/client/react";
import { useMemo } from "react";
import { BrowserRouter } from "react-router";
import type { AppConfig } from "../lib/config.ts";
import { ConfigContext } from "../lib/config-context.ts";
import { createApolloClient } from "./apollo.ts";
import { AppRoutes } from "./routes.tsx";
import { StatusProvider } from "./status/status-provider.tsx";

// A build for a sub-path (vite build --base /watershed/, as GitHub Pages hosts it) routes
// below it; the default base "/" leaves the router as it was.
const ROUTER_BASE = import.meta.env.BASE_URL.replace(/\/$/, "") || undefined;

export interface AppProps {
  config: AppConfig;
  /** a client made by the caller (the static demo primes its cache); one is made otherwise */
  client?: ApolloClient;
}

export function App({ config, client: given }: AppProps) {
  const client = useMemo(
    () => given ?? createApolloClient(config.subgraphUrl),
    [given, config.subgraphUrl],
  );
  return (
    <ConfigContext.Provider value={config}>
      <ApolloProvider client={client}>
        <StatusProvider>
          <BrowserRouter basename={ROUTER_BASE}>
            <AppRoutes />
          </BrowserRouter>
        </StatusProvider>
      </ApolloProvider>
    </ConfigContext.Provider>
  );
}
