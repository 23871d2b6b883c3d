import { ApolloProvider } from "@apollo/client/react";
import { useMemo } from "react";
import { createBrowserRouter, RouterProvider } from "react-router";
import type { AppConfig } from "../lib/config.ts";
import { ConfigContext } from "../lib/config-context.ts";
import { createApolloClient } from "./apollo.ts";
import { routes } from "./routes.tsx";
import { StatusProvider } from "./status/status-provider.tsx";

export function App({ config }: { config: AppConfig }) {
  const client = useMemo(() => createApolloClient(config.subgraphUrl), [config.subgraphUrl]);
  const router = useMemo(() => createBrowserRouter(routes), []);
  return (
    <ConfigContext.Provider value={config}>
      <ApolloProvider client={client}>
        <StatusProvider>
          <RouterProvider router={router} />
        </StatusProvider>
      </ApolloProvider>
    </ConfigContext.Provider>
  );
}
