import { ComingSoon } from "../../../components/coming-soon.tsx";

export function Route() {
  return (
    <ComingSoon
      title="Emissions"
      question="How much is emitted, by kind and source, against the declining schedule?"
      issue="dashboard part 2"
    />
  );
}
