import { ApolloProvider } from "@apollo/client/react";
import { useMemo } from "react";
import { BrowserRouter } from "react-router";
import type { AppConfig } from "../lib/config.ts";
import { ConfigContext } from "../lib/config-context.ts";
import { createApolloClient } from "./apollo.ts";
import { AppRoutes } from "./routes.tsx";
import { StatusProvider } from "./status/status-provider.tsx";

export function App({ config }: { config: AppConfig }) {
  const client = useMemo(() => createApolloClient(config.subgraphUrl), [config.subgraphUrl]);
  return (
    <ConfigContext.Provider value={config}>
      <ApolloProvider client={client}>
        <StatusProvider>
          <BrowserRouter>
            <AppRoutes />
          </BrowserRouter>
        </StatusProvider>
      </ApolloProvider>
    </ConfigContext.Provider>
  );
}
