// The views, in the order a moderator, an analyst and a holder reach for them.
export const NAV_ITEMS = [
  { to: "/", label: "Overview" },
  { to: "/treasury", label: "Treasury" },
  { to: "/emissions", label: "Emissions" },
  { to: "/saturation", label: "Saturation" },
  { to: "/flows", label: "Flows" },
  { to: "/staking", label: "Staking & royalties" },
  { to: "/governance", label: "Governance" },
] as const;
