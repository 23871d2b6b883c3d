import { defineConfig } from "vite";

// The SPA lives in web/ (next phase); the dev server binds to loopback like every local service.
export default defineConfig({
  root: "web",
  server: { host: "127.0.0.1", port: 5173, strictPort: true },
  build: { outDir: "../dist/web", emptyOutDir: true },
});
