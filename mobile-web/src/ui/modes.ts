/**
 * The page's modes, each a tab with its own panel. The presenter joins this list; the tab bar
 * and the string tables follow from it.
 */
export const MODE_IDS = ['trackpad', 'keyboard'] as const;
export type ModeId = (typeof MODE_IDS)[number];
