// Refuses to start when a port is taken, before anything slow runs (a fresh start seeds for a
// minute or more), naming the port and the flag or variable that moves it.
import { createServer } from "node:net";

export interface NamedPort {
  port: number;
  /** what it serves, e.g. "dashboard" */
  role: string;
  flag: string;
  env: string;
}

function taken(port: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", (error: NodeJS.ErrnoException) =>
      error.code === "EADDRINUSE" ? resolve(true) : reject(error),
    );
    probe.listen({ port, host: "127.0.0.1", exclusive: true }, () =>
      probe.close(() => resolve(false)),
    );
  });
}

/** The messages for every taken port; empty when all are free. */
export async function takenPorts(ports: readonly NamedPort[]): Promise<string[]> {
  const messages: string[] = [];
  for (const p of ports) {
    if (await taken(p.port)) {
      messages.push(
        `port ${p.port} (${p.role}) is already in use: choose another with ${p.flag} N or ${p.env}=N`,
      );
    }
  }
  return messages;
}
