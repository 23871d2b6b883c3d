import { Suspense, useState } from "react";
import { NavLink, Outlet, useLocation } from "react-router";
import { StatusBanner } from "../../components/status/status-banner.tsx";
import { StatusLine } from "../../components/status/status-line.tsx";
import { useConfig } from "../../lib/config-context.ts";
import { useIndexingStatus } from "../../lib/indexing-status.ts";
import { useNow } from "../../lib/use-now.ts";
import { NAV_ITEMS } from "./nav-items.ts";
import { useTheme } from "./theme.ts";

const THEME_LABEL = { system: "Theme: system", light: "Theme: light", dark: "Theme: dark" };

export function Shell() {
  const status = useIndexingStatus();
  const { demo } = useConfig();
  const now = useNow();
  const [theme, cycleTheme] = useTheme();
  const [menuOpen, setMenuOpen] = useState(false);
  const location = useLocation();
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <button
          type="button"
          className="menu-button"
          aria-expanded={menuOpen}
          aria-controls="nav"
          onClick={() => setMenuOpen((open) => !open)}
        >
          Menu
        </button>
        <span className="brand">Watershed</span>
        <StatusLine status={status} now={now} demo={demo} />
        <button
          type="button"
          className="theme-button"
          onClick={cycleTheme}
          aria-label={`${THEME_LABEL[theme]} (change)`}
        >
          {theme === "dark" ? "☾" : theme === "light" ? "☀" : "◐"}
          <span className="visually-hidden-mobile">
            {" "}
            {THEME_LABEL[theme].replace("Theme: ", "")}
          </span>
        </button>
      </header>
      <nav id="nav" className={menuOpen ? "nav open" : "nav"} aria-label="Views">
        <ul>
          {NAV_ITEMS.map((item) => (
            <li key={item.to}>
              <NavLink
                to={{ pathname: item.to, search: keepRange(location.search) }}
                end={item.to === "/"}
                onClick={() => setMenuOpen(false)}
              >
                {item.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" className="main">
        <StatusBanner status={status} />
        <Suspense
          fallback={
            <div className="page" role="status" aria-label="Loading the view" aria-busy="true" />
          }
        >
          <Outlet />
        </Suspense>
      </main>
    </div>
  );
}

/** The range and granularity follow the reader from view to view; other filters do not. */
function keepRange(search: string): string {
  const params = new URLSearchParams(search);
  const kept = new URLSearchParams();
  for (const key of ["range", "from", "to", "gran"]) {
    const value = params.get(key);
    if (value) kept.set(key, value);
  }
  const text = kept.toString();
  return text ? `?${text}` : "";
}
