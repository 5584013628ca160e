import { afterEach, beforeEach, vi } from 'vitest';

/**
 * jsdom lays nothing out, so recharts' ResponsiveContainer measures 0 px and draws nothing.
 * Tests that look inside the drawing call this to give every chart container a width, as a
 * browser would. Test-only: nothing in the app imports it.
 */
export function giveChartsASize(width = 800) {
  beforeEach(() => {
    const measure = HTMLElement.prototype.getBoundingClientRect;
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
      if (!this.classList.contains('recharts-responsive-container')) return measure.call(this);
      return DOMRect.fromRect({ width, height: Number.parseFloat(this.style.height) || 300 });
    });
  });
  afterEach(() => vi.restoreAllMocks());
}
