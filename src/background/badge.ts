/** The toolbar badge: how many distinct entries the tab's page mentions. */
export function badgeText(distinctEntries: number): string {
  if (distinctEntries <= 0) return '';
  return distinctEntries > 99 ? '99+' : String(distinctEntries);
}

/** The badge's background: the accent of Kontext's pages, white text stays legible on it. */
export const BADGE_COLOR = '#8a4b08';
