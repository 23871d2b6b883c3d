import { graphql } from "../../../gql/index.ts";

// Polled while a transaction waits to be indexed: the block the subgraph serves, and for a
// vote the vote itself.
export const TX_INDEXED_QUERY = graphql(`
  query TxIndexed($voteId: ID!, $withVote: Boolean!) {
    _meta {
      block {
        number
      }
    }
    vote(subgraphError: allow, id: $voteId) @include(if: $withVote) {
      id
    }
  }
`);
