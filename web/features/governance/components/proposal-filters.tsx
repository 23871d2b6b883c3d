import type { ProposalState } from "../api/proposal-model.ts";
import { PROPOSAL_STATES, STATE_LABELS } from "../api/proposal-model.ts";
import { type ProposalSort, SORT_LABELS, SORTS } from "../api/proposals-model.ts";

export interface ProposalFiltersProps {
  state: ProposalState | null;
  counts: Record<ProposalState, number>;
  total: number;
  search: string;
  sort: ProposalSort;
  onState: (state: ProposalState | null) => void;
  onSearch: (text: string) => void;
  onSort: (sort: ProposalSort) => void;
}

/** State (with counts), text search and sort; the route keeps each in the URL. */
export function ProposalFilters(props: ProposalFiltersProps) {
  const { state, counts, total, search, sort, onState, onSearch, onSort } = props;
  return (
    <div className="filters">
      <fieldset className="segmented state-filter">
        <legend>State</legend>
        <label>
          <input
            type="radio"
            name="proposal-state"
            checked={state === null}
            onChange={() => onState(null)}
          />
          <span>All ({total})</span>
        </label>
        {PROPOSAL_STATES.map((s) => (
          <label key={s}>
            <input
              type="radio"
              name="proposal-state"
              value={s}
              checked={state === s}
              onChange={() => onState(s)}
            />
            <span>
              {STATE_LABELS[s]} ({counts[s]})
            </span>
          </label>
        ))}
      </fieldset>
      <label>
        Search{" "}
        <input
          type="search"
          value={search}
          placeholder="title, id or proposer"
          onChange={(e) => onSearch(e.target.value)}
        />
      </label>
      <label>
        Sort{" "}
        <select value={sort} onChange={(e) => onSort(e.target.value as ProposalSort)}>
          {SORTS.map((s) => (
            <option key={s} value={s}>
              {SORT_LABELS[s]}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
