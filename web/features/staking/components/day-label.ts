export const dayLabel = (seconds: number) =>
  `${new Date(seconds * 1000).toISOString().slice(0, 10)} UTC`;
