import type { LegendEntry } from './standaloneSvg';

/**
 * The drawings inside a card: its top-level SVGs, less icons (MUI's) and the legend's swatches,
 * which come apart with their words because recharts writes the legend in HTML.
 */
export function chartDrawing(container: HTMLElement): { drawings: SVGSVGElement[]; legend: LegendEntry[] } {
  const drawings = [...container.querySelectorAll<SVGSVGElement>('svg')].filter(
    (svg) => !svg.closest('.recharts-legend-wrapper') && !svg.classList.contains('MuiSvgIcon-root') && !svg.parentElement?.closest('svg'),
  );
  const legend = [...container.querySelectorAll('.recharts-legend-item')].flatMap((item) => {
    const icon = item.querySelector<SVGSVGElement>('svg');
    return icon ? [{ icon, text: item.textContent?.trim() ?? '' }] : [];
  });
  return { drawings, legend };
}
