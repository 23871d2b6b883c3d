// State remembered in this browser (localStorage), parsed defensively because what is
// stored may come from an older version of the app.
import { useCallback, useState } from "react";

export function useStoredState<T>(
  key: string,
  parse: (raw: string | null) => T,
): [T, (next: T) => void] {
  const [value, setValue] = useState<T>(() => {
    try {
      return parse(localStorage.getItem(key));
    } catch {
      return parse(null);
    }
  });
  const store = useCallback(
    (next: T) => {
      setValue(next);
      try {
        localStorage.setItem(key, JSON.stringify(next));
      } catch {
        // storage blocked: the value lasts for this page only
      }
    },
    [key],
  );
  return [value, store];
}
