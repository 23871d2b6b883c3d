import { createContext, useContext } from "react";
import type { AppConfig } from "./config.ts";

export const ConfigContext = createContext<AppConfig | null>(null);

export function useConfig(): AppConfig {
  const config = useContext(ConfigContext);
  if (!config) throw new Error("useConfig outside the ConfigContext provider");
  return config;
}
