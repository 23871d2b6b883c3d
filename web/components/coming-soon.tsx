// A view that is planned but not built: it says so and shows no figure at all.
export function ComingSoon({
  title,
  question,
  issue,
}: {
  title: string;
  question: string;
  issue: string;
}) {
  return (
    <section className="page">
      <h1>{title}</h1>
      <p className="lead">{question}</p>
      <div className="card state-box">
        <p>
          This view is being built ({issue}). Until it lands it shows nothing, rather than figures
          the index did not produce.
        </p>
      </div>
    </section>
  );
}
