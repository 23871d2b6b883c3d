import { ComingSoon } from "../../../components/coming-soon.tsx";

export function Route() {
  return (
    <ComingSoon
      title="Saturation"
      question="Which data are in demand beyond their upload capacity, and what did surge pricing charge?"
      issue="dashboard part 2"
    />
  );
}
