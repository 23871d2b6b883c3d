import { graphql } from "../../../gql/index.ts";

// Polled while a transaction waits to be indexed: the block the subgraph serves, and for a
// vote the vote itself. graph-node applies `subgraphError` per group of root fields with the
// same block constraint, and `_meta` has no such argument: its own constraint keeps it from
// denying the vote on a failed subgraph (graphql/src/execution/query.rs).
export const TX_INDEXED_QUERY = graphql(`
  query TxIndexed($voteId: ID!, $withVote: Boolean!) {
    _meta(block: { number_gte: 0 }) {
      block {
        number
      }
    }
    vote(subgraphError: allow, id: $voteId) @include(if: $withVote) {
      id
    }
  }
`);
