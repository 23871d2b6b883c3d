// `/governance/propose`: the guided builder for a parameter change. Pick parameters, type
// new values in their units, see old → new, describe it, check your power, submit. The
// draft lives in localStorage until the proposal it became is indexed.
import { lazy, Suspense, useEffect, useMemo } from "react";
import { DemoNote } from "../../../components/demo-note.tsx";
import { toBigInt } from "../../../lib/amount.ts";
import { assetOfKind } from "../../../lib/config.ts";
import { useConfig } from "../../../lib/config-context.ts";
import { useStoredState } from "../../../lib/use-stored-state.ts";
import { GovernanceHeader } from "../components/governance-header.tsx";
import {
  addKeys,
  checkDraft,
  DRAFT_STORAGE_KEY,
  descriptionOf,
  EMPTY_DRAFT,
  editDraft,
  parseStoredDraft,
  removeKey,
} from "../propose/api/draft-model.ts";
import { currentValues, useProposeData } from "../propose/api/propose-query.ts";
import { ChangeRows } from "../propose/components/change-rows.tsx";
import { DescriptionEditor } from "../propose/components/description-editor.tsx";
import { DiffTable } from "../propose/components/diff-table.tsx";
import { ParameterPicker } from "../propose/components/parameter-picker.tsx";
import { ProposerPowerPanel, useProposerPower } from "../propose/wallet/proposer-power.tsx";
import { SubmitProposal } from "../propose/wallet/submit-proposal.tsx";
import { useTxAction } from "../wallet/use-tx-action.ts";
import { WalletArea, WalletProvider } from "../wallet/wallet-area.tsx";
import "../governance.css";
import "../propose/propose.css";

// The impact preview (its projection, charts and request) loads once a draft is valid.
const ImpactSection = lazy(() =>
  import("../impact/impact-section.tsx").then((m) => ({ default: m.ImpactSection })),
);

export function Route() {
  return (
    <WalletProvider>
      <ProposeView />
    </WalletProvider>
  );
}

function ProposeView() {
  const config = useConfig();
  const native = assetOfKind(config, "native");
  const stable = assetOfKind(config, "stable");
  const assets = useMemo(() => ({ native, stable }), [native, stable]);
  const query = useProposeData();
  const current = useMemo(() => currentValues(query.data), [query.data]);
  const [draft, setDraft] = useStoredState(DRAFT_STORAGE_KEY, parseStoredDraft);
  const check = useMemo(() => checkDraft(draft, current, assets), [draft, current, assets]);
  const action = useTxAction((tx) => tx.kind === "propose");
  const power = useProposerPower();
  // the draft has become a proposal the subgraph serves: its job is done
  const view = action.view;
  const indexedId = view.phase === "indexed" ? view.tx.proposalId : undefined;
  useEffect(() => {
    if (indexedId && indexedId === draft.submittedId) setDraft(EMPTY_DRAFT);
  }, [indexedId, draft.submittedId, setDraft]);

  const framework = query.data?.governanceFrameworks[0];
  // values the contract would accept: the preview needs no title
  const previewable =
    Object.keys(check.changes).length > 0 &&
    check.groups.length === 0 &&
    check.rows.every((r) => r.reason === undefined);
  const target = config.contracts.EconomyParameters;
  const blockers = [
    ...(query.state !== "ready" ? ["The current values are not loaded yet."] : []),
    ...(query.data && !query.data.governance?.active
      ? [
          "Governance is not active yet: the timelock does not own the parameters, so the change could not be executed.",
        ]
      : []),
    ...(!target ? ["EconomyParameters' address is not configured (VITE_CONTRACTS)."] : []),
    ...check.problems,
    ...(check.rows.some((r) => r.reason) ? ["Fix the values marked above."] : []),
    ...check.groups.map((g) => `The ${g.group.label.toLowerCase()} does not sum to the whole.`),
    ...(!power.me ? ["Connect a wallet to propose from it."] : []),
    ...(power.data && power.data.current < power.data.threshold
      ? ["Your voting power is below the proposal threshold."]
      : []),
  ];

  return (
    <section className="page propose-page">
      <GovernanceHeader
        title="Propose a parameter change"
        lead="Pick the parameters, type their new values in their units, check the change old → new, then describe it. Nothing is signed until you submit."
        wallet={<WalletArea />}
      />
      {query.state === "loading" ? (
        <div
          className="skeleton"
          style={{ height: 320 }}
          role="status"
          aria-label="Loading parameters"
        />
      ) : query.state === "error" ? (
        <div className="card state-box" role="alert">
          <p>Could not load the parameters' current values: {query.error}</p>
          <button type="button" onClick={query.retry}>
            Retry
          </button>
        </div>
      ) : Object.keys(current).length === 0 ? (
        <p className="card state-box">
          No governed parameter is indexed yet: the builder compares each new value with the current
          one, which the subgraph records from EconomyParameters' ParameterChanged events.
        </p>
      ) : (
        <>
          <section className="card" aria-labelledby="what-title">
            <h2 id="what-title">What do you want to change?</h2>
            <ParameterPicker
              picked={draft.keys}
              onPick={(key) => setDraft(addKeys(draft, [key], current, assets))}
            />
            <ChangeRows
              rows={check.rows}
              groups={check.groups}
              texts={draft.values}
              valueOf={(k) => check.changes[k] ?? current[k]}
              assets={assets}
              onChange={(key, text) =>
                setDraft(editDraft(draft, { values: { ...draft.values, [key]: text } }))
              }
              onRemove={(key) => setDraft(removeKey(draft, key))}
              onAdd={(keys) => setDraft(addKeys(draft, keys, current, assets))}
            />
          </section>
          <section className="card" aria-labelledby="diff-title">
            <h2 id="diff-title">What would the proposal set, old → new?</h2>
            <DiffTable changes={check.changes} current={current} assets={assets} />
          </section>
          {previewable ? (
            <Suspense
              fallback={
                <div
                  className="skeleton"
                  style={{ height: 360 }}
                  role="status"
                  aria-label="Loading the impact preview"
                />
              }
            >
              <ImpactSection changes={check.changes} />
            </Suspense>
          ) : null}
          <section className="card" aria-labelledby="describe-title">
            <h2 id="describe-title">Describe it</h2>
            <DescriptionEditor
              title={draft.title}
              body={draft.body}
              titleError={
                draft.title.trim() === "" && draft.keys.length > 0
                  ? "Write a title: it names the proposal in lists."
                  : undefined
              }
              onTitle={(title) => setDraft(editDraft(draft, { title }))}
              onBody={(body) => setDraft(editDraft(draft, { body }))}
            />
          </section>
          <section className="card" aria-labelledby="submit-title">
            <h2 id="submit-title">Submit it</h2>
            {config.demo ? (
              // a static demo has no chain: the draft, diff and impact above still work
              <DemoNote what="a proposal" action="propose" />
            ) : (
              <>
                {native ? (
                  <ProposerPowerPanel
                    power={power}
                    native={native}
                    indexedThreshold={framework ? toBigInt(framework.proposalThreshold) : undefined}
                  />
                ) : (
                  <p className="note">
                    No native token is configured (VITE_NATIVE_ASSET): voting power cannot be shown.
                  </p>
                )}
                <SubmitProposal
                  action={action}
                  changes={check.changes}
                  description={descriptionOf(draft)}
                  target={target ?? ""}
                  blockers={blockers}
                  pristine={draft.keys.length === 0 && !draft.title.trim() && !draft.body.trim()}
                  onSent={(id) => setDraft({ ...draft, submittedId: id })}
                />
              </>
            )}
          </section>
        </>
      )}
    </section>
  );
}
