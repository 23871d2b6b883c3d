import { ComingSoon } from "../../../components/coming-soon.tsx";

export function Route() {
  return (
    <ComingSoon
      title="Governance"
      question="What is up for a vote, what does it change, and can I vote?"
      issue="the governance issue"
    />
  );
}
