import { ComingSoon } from "../../../components/coming-soon.tsx";

export function Route() {
  return (
    <ComingSoon
      title="Staking & royalties"
      question="Who earns from staking, hosting and royalties, and how much?"
      issue="dashboard part 2"
    />
  );
}
