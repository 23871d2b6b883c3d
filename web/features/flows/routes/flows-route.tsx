import { ComingSoon } from "../../../components/coming-soon.tsx";

export function Route() {
  return (
    <ComingSoon
      title="Flows"
      question="Where does value come from and where does it go?"
      issue="dashboard part 2"
    />
  );
}
