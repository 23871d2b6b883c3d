// Light and dark follow the system until the user picks one; the pick is remembered.
import { useCallback, useState } from "react";

export type ThemeChoice = "system" | "light" | "dark";
const KEY = "watershed:theme";
const NEXT: Record<ThemeChoice, ThemeChoice> = { system: "light", light: "dark", dark: "system" };

function read(): ThemeChoice {
  try {
    const saved = localStorage.getItem(KEY);
    return saved === "light" || saved === "dark" ? saved : "system";
  } catch {
    return "system";
  }
}

export function useTheme(): [ThemeChoice, () => void] {
  const [theme, setTheme] = useState<ThemeChoice>(read);
  const cycle = useCallback(() => {
    setTheme((current) => {
      const next = NEXT[current];
      try {
        if (next === "system") localStorage.removeItem(KEY);
        else localStorage.setItem(KEY, next);
      } catch {
        // storage blocked: the choice lasts for this page only
      }
      if (next === "system") delete document.documentElement.dataset.theme;
      else document.documentElement.dataset.theme = next;
      return next;
    });
  }, []);
  return [theme, cycle];
}
