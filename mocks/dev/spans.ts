// Where a start spends its time: named spans (some run in parallel), printed after "ready".
export class Spans {
  readonly ms = new Map<string, number>();

  /** starts a span; call the returned function to end it */
  start(name: string): () => void {
    const started = performance.now();
    return () => {
      this.ms.set(name, (this.ms.get(name) ?? 0) + performance.now() - started);
    };
  }

  async time<T>(name: string, work: Promise<T> | (() => Promise<T>)): Promise<T> {
    const end = this.start(name);
    try {
      return await (typeof work === "function" ? work() : work);
    } finally {
      end();
    }
  }

  /** "anvil 1.2 s, store 0.8 s, …" in the order the spans were first ended */
  format(): string {
    return [...this.ms].map(([name, ms]) => `${name} ${(ms / 1000).toFixed(1)} s`).join(", ");
  }

  toJSON(): Record<string, number> {
    return Object.fromEntries(this.ms);
  }
}
