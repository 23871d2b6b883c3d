import { useEffect, useState } from "react";

/** Polls `load` every `everyMs` while mounted; null until the first answer or after a failure. */
export function usePolled<T>(load: (() => Promise<T>) | null, everyMs: number): T | null {
  const [value, setValue] = useState<T | null>(null);
  useEffect(() => {
    if (!load) return;
    let alive = true;
    const poll = () =>
      load()
        .then((v) => alive && setValue(v))
        .catch(() => alive && setValue(null));
    poll();
    const timer = setInterval(poll, everyMs);
    return () => {
      alive = false;
      clearInterval(timer);
    };
  }, [load, everyMs]);
  return value;
}
