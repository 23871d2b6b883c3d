// The proposer's voting power now (the token's getVotes) against the governor's
// proposalThreshold(), both read from the contracts; when it falls short, why and what to
// do: delegate one's own tokens to oneself, or ask a delegate who has enough to propose.
// The power now is the power that counts: propose() checks getVotes(proposer, clock() − 1),
// and the transaction lands in a block after the latest, so a delegation in the latest block
// is already counted (the runtime simulates on the pending block for the same reason).
import { useCallback, useEffect, useState } from "react";
import { Link } from "react-router";
import { formatCompact, formatExact } from "../../../../lib/amount.ts";
import type { AssetInfo } from "../../../../lib/config.ts";
import { DelegateButton } from "../../wallet/delegate-actions.tsx";
import { connectOrChoose, useWallet, useWalletAccount } from "../../wallet/wallet-context.tsx";

export interface ProposerPower {
  current: bigint;
  balance: bigint;
  /** lowercase; null when the tokens are delegated to nobody */
  delegate: string | null;
  threshold: bigint;
}

export function useProposerPower() {
  const { runtime } = useWallet();
  const me = useWalletAccount();
  const [key, setKey] = useState(0);
  const [report, setReport] = useState<{ data: ProposerPower | null; error: string | null }>({
    data: null,
    error: null,
  });
  // biome-ignore lint/correctness/useExhaustiveDependencies: key asks for a new read
  useEffect(() => {
    if (!runtime || !me) return;
    let alive = true;
    setReport((r) => ({ data: r.data, error: null }));
    Promise.all([runtime.account(me), runtime.proposalThreshold()])
      .then(
        ([account, threshold]) =>
          alive && setReport({ data: { ...account, threshold }, error: null }),
      )
      .catch(
        (e: unknown) => alive && setReport({ data: null, error: runtime.describeError(e).message }),
      );
    return () => {
      alive = false;
    };
  }, [runtime, me, key]);
  const reread = useCallback(() => setKey((k) => k + 1), []);
  return { ...report, me, reread };
}

export interface ProposerPowerPanelProps {
  power: ReturnType<typeof useProposerPower>;
  native: AssetInfo;
  /** the threshold as last indexed, shown before a wallet is connected */
  indexedThreshold?: bigint;
}

export function ProposerPowerPanel({ power, native, indexedThreshold }: ProposerPowerPanelProps) {
  const { runtime, state, load, setChoosing, loading } = useWallet();
  const tokens = (v: bigint) => (
    <span title={`${formatExact(v, native.decimals)} ${native.symbol}`}>
      {formatCompact(v, native.decimals)} {native.symbol}
    </span>
  );
  if (!runtime || !power.me) {
    return (
      <p className="note">
        {indexedThreshold !== undefined ? (
          <>
            Proposing needs {tokens(indexedThreshold)} of voting power (the governor's proposal
            threshold).{" "}
          </>
        ) : null}
        Connect a wallet to check yours; nothing is signed before you submit.{" "}
        <button
          type="button"
          className="primary"
          disabled={loading}
          onClick={async () => {
            await connectOrChoose(load, setChoosing);
          }}
        >
          {loading ? "Loading wallet…" : "Connect wallet"}
        </button>
      </p>
    );
  }
  if (state.chainId !== null && state.chainId !== runtime.chain.id) {
    return (
      <p className="tx-status banner-warn" role="alert">
        Your wallet is on chain {state.chainId}; proposals here go to {runtime.chain.name} (
        {runtime.chain.id}). Switch networks (above) to propose.
      </p>
    );
  }
  if (power.error) {
    return (
      <p className="tx-status error" role="alert">
        Could not read your voting power: {power.error}{" "}
        <button type="button" className="link-button" onClick={power.reread}>
          Retry
        </button>
      </p>
    );
  }
  const d = power.data;
  if (!d) return <p className="note">Reading your voting power and the governor's threshold…</p>;
  if (d.current >= d.threshold) {
    return (
      <p className="power-ok">
        Your voting power is {tokens(d.current)}; the governor's proposal threshold is{" "}
        {tokens(d.threshold)}: you can propose.
      </p>
    );
  }
  const afterSelf = d.delegate === power.me ? d.current : d.current + d.balance;
  return (
    <div className="propose-problem" role="alert">
      <p>
        <strong>
          Your voting power is {tokens(d.current)}, below the governor's proposal threshold of{" "}
          {tokens(d.threshold)}
        </strong>
        : the governor would refuse the proposal (GovernorInsufficientProposerVotes).
      </p>
      {afterSelf >= d.threshold ? (
        <p>
          You hold {tokens(d.balance)},{" "}
          {d.delegate === null ? "delegated to nobody" : "delegated to someone else"}: delegate them
          to yourself and your power becomes {tokens(afterSelf)}.{" "}
          <DelegateButton to={power.me} label="Delegate to myself" onDone={power.reread} />
        </p>
      ) : (
        <p>
          Your own tokens ({tokens(d.balance)}) are not enough on their own: ask a{" "}
          <Link to="/governance/delegates">delegate</Link> with at least {tokens(d.threshold)} of
          voting power to propose it, or gather delegations to your address.
        </p>
      )}
    </div>
  );
}
