import { ComingSoon } from "../../../components/coming-soon.tsx";

export function Route() {
  return (
    <ComingSoon title="Delegates" question="Who holds the votes?" issue="the governance issue" />
  );
}
