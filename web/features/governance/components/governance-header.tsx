import type { ReactNode } from "react";
import { Link, useLocation } from "react-router";

export interface GovernanceHeaderProps {
  title: string;
  lead: ReactNode;
  /** the wallet's connect button or account, when the wallet area is shown */
  wallet?: ReactNode;
}

/** The heading shared by the governance views, with their tabs and the wallet beside them. */
export function GovernanceHeader({ title, lead, wallet }: GovernanceHeaderProps) {
  const path = useLocation().pathname;
  const delegates = path.startsWith("/governance/delegates");
  const parameters = path.startsWith("/governance/parameters");
  const proposals = !delegates && !parameters;
  return (
    <>
      <div className="page-head">
        <div>
          <h1>{title}</h1>
          <p className="lead">{lead}</p>
        </div>
      </div>
      <nav className="gov-tabs" aria-label="Governance">
        <Link
          to="/governance"
          className={proposals ? "active" : undefined}
          aria-current={proposals ? "page" : undefined}
        >
          Proposals
        </Link>
        <Link
          to="/governance/delegates"
          className={delegates ? "active" : undefined}
          aria-current={delegates ? "page" : undefined}
        >
          Delegates
        </Link>
        <Link
          to="/governance/parameters"
          className={parameters ? "active" : undefined}
          aria-current={parameters ? "page" : undefined}
        >
          Parameters
        </Link>
        {wallet ? <div className="gov-wallet">{wallet}</div> : null}
      </nav>
    </>
  );
}
