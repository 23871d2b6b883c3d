import { useMemo } from "react";
import { Link, useParams } from "react-router";
import { Address } from "../../../components/address.tsx";
import { Amount } from "../../../components/amount.tsx";
import { toBigInt } from "../../../lib/amount.ts";
import { assetOfKind } from "../../../lib/config.ts";
import { useConfig } from "../../../lib/config-context.ts";
import { useChainNow } from "../../../lib/indexing-status.ts";
import { formatPercent } from "../../../lib/percent.ts";
import { formatAbsolute, formatRelative } from "../../../lib/relative-time.ts";
import { dayId } from "../../../lib/time-range.ts";
import { useNow } from "../../../lib/use-now.ts";
import { useDelegate } from "../api/delegate-query.ts";
import {
  fullAddress,
  PARTICIPATION_FORMULA,
  participation,
  powerByDay,
} from "../api/delegates-model.ts";
import { DelegateVotes } from "../components/delegate-votes.tsx";
import { DelegatorsTable } from "../components/delegators-table.tsx";
import { GovernanceHeader } from "../components/governance-header.tsx";
import { PowerChart } from "../components/power-chart.tsx";
import {
  DelegateActions,
  useWalletAccount,
  WalletArea,
  WalletProvider,
} from "../wallet/wallet-area.tsx";
import "../governance.css";

/** `/governance/delegates/:address` */
export function Route() {
  return (
    <WalletProvider>
      <DelegateView />
    </WalletProvider>
  );
}

function DelegateView() {
  const raw = useParams().address ?? "";
  const address = fullAddress(raw);
  const config = useConfig();
  const now = useChainNow(useNow());
  const native = assetOfKind(config, "native");
  const me = useWalletAccount();
  const query = useDelegate(address ?? "0x");
  const account = query.data?.account;
  const points = useMemo(
    () => (account ? powerByDay(account.votingPowerDays, dayId(now)) : []),
    [account, now],
  );
  const header = (
    <GovernanceHeader
      title={address ? `Delegate ${address.slice(0, 6)}…${address.slice(-4)}` : "Delegate"}
      lead={
        <Link to="/governance/delegates" className="note">
          ← All delegates
        </Link>
      }
      wallet={<WalletArea />}
    />
  );
  if (!address) {
    return (
      <section className="page">
        {header}
        <p className="card state-box">“{raw}” is not an address (0x and 40 hex digits).</p>
      </section>
    );
  }
  if (!native) {
    return (
      <section className="page">
        {header}
        <p className="card state-box">
          No native token is configured (VITE_NATIVE_ASSET), so voting power cannot be shown.
        </p>
      </section>
    );
  }
  if (query.state !== "ready") {
    return (
      <section className="page">
        {header}
        {query.state === "loading" ? (
          <div
            className="skeleton"
            style={{ height: 360 }}
            role="status"
            aria-label="Loading the delegate"
          />
        ) : (
          <div className="card state-box" role="alert">
            <p>Could not load this delegate: {query.error}</p>
            <button type="button" onClick={query.retry}>
              Retry
            </button>
          </div>
        )}
      </section>
    );
  }
  const power = account ? toBigInt(account.votingPower) : 0n;
  const balance = account ? toBigInt(account.balance) : 0n;
  const p = account ? participation(account, query.data?.proposals ?? [], now) : null;
  const delegate = account?.delegate?.id ?? null;
  return (
    <section className="page">
      {header}
      <div className="card">
        <p style={{ margin: 0 }}>
          <Address address={address} known={config.contracts} explorerUrl={config.explorerUrl} />
          {me === address ? <strong> (you)</strong> : null}
        </p>
        <div className="grid grid-stats" style={{ marginTop: "0.6rem" }}>
          <div>
            <p className="stat-detail">Voting power</p>
            <p className="stat-value">
              <Amount value={power} decimals={native.decimals} symbol={native.symbol} />
            </p>
            <p className="stat-detail">
              {account?.firstVotingPowerAt
                ? `first held ${formatRelative(Number(account.firstVotingPowerAt), now)} (${formatAbsolute(Number(account.firstVotingPowerAt))})`
                : "never held voting power"}
            </p>
          </div>
          <div>
            <p className="stat-detail">Own tokens</p>
            <p className="stat-value">
              <Amount value={balance} decimals={native.decimals} symbol={native.symbol} />
            </p>
            <p className="stat-detail">
              {delegate === null ? (
                balance > 0n ? (
                  "not delegated: they count for nobody"
                ) : (
                  "holds none"
                )
              ) : delegate === address ? (
                "delegated to itself"
              ) : (
                <>
                  delegated to{" "}
                  <Link to={`/governance/delegates/${delegate}`}>
                    {delegate.slice(0, 6)}…{delegate.slice(-4)}
                  </Link>
                </>
              )}
            </p>
          </div>
          <div>
            <p className="stat-detail">Participation</p>
            <p className="stat-value">{p?.fraction == null ? "–" : formatPercent(p.fraction, 0)}</p>
            <p className="stat-detail">
              {p
                ? `${p.votes} votes of ${p.eligible} proposals since it first held power`
                : "no votes"}
            </p>
            <details className="formula">
              <summary>Formula</summary>
              <p>{PARTICIPATION_FORMULA}</p>
            </details>
          </div>
          <div>
            <p className="stat-detail">Delegators</p>
            <p className="stat-value">{account?.delegatorCount ?? 0}</p>
            <p className="stat-detail">accounts lending it their votes</p>
          </div>
        </div>
        <DelegateActions target={address} />
      </div>
      {!account ? (
        <p className="card state-box">
          This address has never held, delegated or received the token, as far as the subgraph has
          indexed.
        </p>
      ) : null}
      <PowerChart points={points} native={native} query={query} />
      <div className="grid grid-2">
        <DelegateVotes
          votes={account?.votes ?? []}
          native={native}
          explorerUrl={config.explorerUrl}
          now={now}
          address={address}
        />
        <DelegatorsTable
          delegators={account?.delegators ?? []}
          address={address}
          native={native}
          contracts={config.contracts}
        />
      </div>
    </section>
  );
}
