import { ApolloClient, HttpLink, InMemoryCache } from "@apollo/client";

// Entities are keyed by graph-node's id; aggregates queried with different ranges stay
// separate through their field arguments, which Apollo keys on by default.
export function createApolloClient(subgraphUrl: string, fetcher?: typeof fetch): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri: subgraphUrl, fetch: fetcher }),
    cache: new InMemoryCache(),
  });
}
