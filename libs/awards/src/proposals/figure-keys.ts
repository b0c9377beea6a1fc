/**
 * Every key a proposal's `figures` record can hold, by the kind of category that writes it. The builders are
 * typed by these lists, so a new figure is a compile error until it is listed here, and the web catalog's test
 * reads them to check each has a label in both languages. Pure: the web test imports this file directly.
 */
export const SURVEY_FIGURE_KEYS = ['n', 'csi', 'csiLow', 'csiHigh', 'cli', 'nps', 'p', 'adjustedP'] as const;
export const PANEL_FIGURE_KEYS = ['panelScore', 'band', 'roundRank'] as const;
export const COMBINED_FIGURE_KEYS = ['combined', 'csi', 'panelScore', 'band'] as const;

export const FIGURE_KEYS: readonly string[] = [
  ...new Set([...SURVEY_FIGURE_KEYS, ...PANEL_FIGURE_KEYS, ...COMBINED_FIGURE_KEYS]),
];

/** Figures keyed by one kind's list: exactly those keys, each a published number, a word, or null. */
export type FiguresOf<K extends readonly string[]> = Record<K[number], number | string | null>;
