// Small concurrency helpers for the follow loop.

/** A sleep that stop() can cut short. */
export function wakeableSleep(): { sleep(ms: number): Promise<void>; wake(): void } {
  let wake = () => {};
  return {
    sleep: (ms) =>
      new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, ms);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      }),
    wake: () => wake(),
  };
}

/** Runs async sections one at a time (steps and snapshot saves must not interleave). */
export function serializer(): <T>(fn: () => Promise<T>) => Promise<T> {
  let turn: Promise<unknown> = Promise.resolve();
  return (fn) => {
    const run = turn.then(fn);
    turn = run.catch(() => {});
    return run;
  };
}

/** A promise settled once, from outside; unobserved rejections are not fatal. */
export function latch(): { promise: Promise<void>; settle(error?: Error): void } {
  let settle: ((error?: Error) => void) | null = null;
  const promise = new Promise<void>((resolve, reject) => {
    settle = (error) => (error ? reject(error) : resolve());
  });
  promise.catch(() => {}); // callers may never await it; a rejection must not crash the process
  return {
    promise,
    settle(error) {
      const s = settle as ((error?: Error) => void) | null;
      settle = null;
      s?.(error);
    },
  };
}
