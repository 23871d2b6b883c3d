import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { loadConfig } from "../lib/config.ts";
import { App } from "./app.tsx";
import { ConfigError } from "./config-error.tsx";
import "./styles.css";

const root = createRoot(document.getElementById("root")!);

loadConfig(import.meta.env)
  .then((config) =>
    root.render(
      <StrictMode>
        <App config={config} />
      </StrictMode>,
    ),
  )
  .catch((error: unknown) =>
    root.render(<ConfigError message={error instanceof Error ? error.message : String(error)} />),
  );
