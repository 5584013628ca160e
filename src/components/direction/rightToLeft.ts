import type { EmotionCache } from '@emotion/react';

let mirrored: EmotionCache | undefined;

/** The mirroring styles load with the right-to-left language's catalogue (src/i18n/catalogues.ts). */
export async function loadRightToLeft(): Promise<void> {
  mirrored ??= (await import('./rtlCache')).rtlCache;
}

/** Emotion's cache for right-to-left pages, once loaded. */
export const rightToLeftCache = (): EmotionCache | undefined => mirrored;
