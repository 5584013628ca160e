import { vi } from 'vitest';

/** Whether every width condition of a media query (min-width, max-width in px) holds at `width`. */
function matchesWidth(query: string, width: number): boolean {
  const conditions = [...query.matchAll(/\((min|max)-width:\s*([\d.]+)px\)/g)];
  return conditions.length > 0 && conditions.every(([, side, px]) => (side === 'min' ? width >= Number(px) : width <= Number(px)));
}

/**
 * Makes the page answer media queries as a screen `width` px wide would, for the current test
 * (jsdom has no layout; MUI's useMediaQuery asks window.matchMedia). Restored after the test.
 */
export function setScreenWidth(width: number) {
  vi.spyOn(window, 'matchMedia').mockImplementation(
    (query: string) =>
      ({
        matches: matchesWidth(query, width),
        media: query,
        onchange: null,
        addListener: () => {},
        removeListener: () => {},
        addEventListener: () => {},
        removeEventListener: () => {},
        dispatchEvent: () => false,
      }) as MediaQueryList,
  );
}

/** The phone the issue asks the app to work on (390 × 844). */
export const PHONE_WIDTH = 390;
