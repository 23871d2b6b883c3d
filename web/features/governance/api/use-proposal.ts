import { useApolloClient } from "@apollo/client/react";
import { useEffect, useMemo, useState } from "react";
import { useProposalQuery } from "./proposal-query.ts";
import { PROPOSAL_VOTES_PAGE_QUERY, type VoteRow } from "./proposal-votes-query.ts";

const PAGE = 1000;

/**
 * The proposal with all its votes: the first page comes with the proposal; a proposal with
 * more voters than a page gets the rest by cursor (id_gt), one page after another.
 */
export function useProposal(id: string) {
  const query = useProposalQuery(id);
  const client = useApolloClient();
  const first = query.data?.votes;
  const [more, setMore] = useState<{ for: VoteRow[] | undefined; rows: VoteRow[]; done: boolean }>({
    for: undefined,
    rows: [],
    done: true,
  });
  useEffect(() => {
    if (!first || first.length < PAGE) {
      setMore({ for: first, rows: [], done: true });
      return;
    }
    let alive = true;
    setMore({ for: first, rows: [], done: false });
    const load = async () => {
      const rows: VoteRow[] = [];
      let after = first.at(-1)!.id;
      for (;;) {
        const result = await client.query({
          query: PROPOSAL_VOTES_PAGE_QUERY,
          variables: { proposal: id, after },
          fetchPolicy: "network-only",
        });
        const page = result.data?.votes ?? [];
        rows.push(...page);
        if (!alive) return;
        setMore({ for: first, rows: [...rows], done: page.length < PAGE });
        if (page.length < PAGE) return;
        after = page.at(-1)!.id;
      }
    };
    load().catch(() => alive && setMore((m) => ({ ...m, done: true })));
    return () => {
      alive = false;
    };
  }, [first, client, id]);
  const votes = useMemo(
    () => [...(first ?? []), ...(more.for === first ? more.rows : [])],
    [first, more],
  );
  return { query, votes, allVotesLoaded: more.done };
}
