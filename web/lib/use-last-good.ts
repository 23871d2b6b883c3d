// Keeps the last successful answer on screen when a refetch fails, with the time it came,
// as UI.md asks: an error shows what failed beside the last good data, never a blank.
import { useRef } from "react";

export interface LastGood<T> {
  data: T | undefined;
  /** wall-clock ms when `data` arrived */
  at: number | null;
}

export function useLastGood<T>(data: T | undefined): LastGood<T> {
  const ref = useRef<LastGood<T>>({ data: undefined, at: null });
  if (data !== undefined && data !== ref.current.data) {
    ref.current = { data, at: Date.now() };
  }
  return ref.current;
}
