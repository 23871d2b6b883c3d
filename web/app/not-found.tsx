import { Link } from "react-router";

export function Route() {
  return (
    <section className="page">
      <h1>Page not found</h1>
      <p>
        No view lives at this address. <Link to="/">Go to the Overview</Link>.
      </p>
    </section>
  );
}
