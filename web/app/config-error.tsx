export function ConfigError({ message }: { message: string }) {
  return (
    <main className="config-error">
      <h1>Watershed cannot start</h1>
      <p role="alert">{message}</p>
      <p>
        Run <code>npm run dev</code> for the local devnet, or build with{" "}
        <code>VITE_SUBGRAPH_URL</code> and the other variables the README lists.
      </p>
    </main>
  );
}
