/**
 * The page's modes, each a tab with its own panel, in the tab bar's order; the tab bar and
 * the string tables follow from this list.
 */
export const MODE_IDS = ['trackpad', 'keyboard', 'presenter', 'media'] as const;
export type ModeId = (typeof MODE_IDS)[number];
