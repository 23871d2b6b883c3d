import { graphql } from "../../gql/index.ts";

// graph-node's own report of the block it serves and whether indexing failed.
export const INDEXING_STATUS_QUERY = graphql(`
  query IndexingStatus {
    _meta {
      block {
        number
        timestamp
      }
      hasIndexingErrors
    }
  }
`);
