import { describe, expect, it } from 'vitest';
import { chartDrawing } from './chartDrawing';
import { standaloneSvg } from './standaloneSvg';

/** A card as recharts leaves it: a drawing whose text takes its colour from CSS, and an HTML legend. */
function card() {
  const container = document.createElement('div');
  container.innerHTML = `
    <svg class="MuiSvgIcon-root"><path d="M0 0"/></svg>
    <div class="recharts-wrapper">
      <svg class="recharts-surface" width="400" height="200" viewBox="0 0 400 200">
        <rect class="bar" x="0" y="0" width="120" height="20" fill="#0b5394"/>
        <text class="tick" x="10" y="40" style="font-weight:700">Western &amp; Central</text>
      </svg>
      <div class="recharts-legend-wrapper"><ul>
        <li class="recharts-legend-item"><svg width="14" height="14" viewBox="0 0 32 32"><path d="M0 16h32" stroke="#c2571a"/></svg><span>Target</span></li>
      </ul></div>
    </div>
    <svg class="recharts-surface" width="400" height="100"><rect width="10" height="10"/></svg>`;
  return container;
}

/** Computed styles as a browser would give them: the tick's grey and the page's font come from CSS. */
const readStyle = (element: Element) => ({
  getPropertyValue: (name: string) =>
    element.classList.contains('tick') && name === 'fill' ? 'rgb(102, 102, 102)' : name === 'font-size' ? '14px' : '',
});

const parse = (markup: string) => new DOMParser().parseFromString(markup, 'image/svg+xml');

function drawn() {
  const { drawings, legend } = chartDrawing(card());
  return standaloneSvg({ title: 'Counted by AU region', drawings, legend, fontFamily: 'Inter,"Segoe UI",sans-serif', readStyle });
}

describe('standaloneSvg', () => {
  it('makes one well-formed SVG file with its size, title and fonts named as text', () => {
    const svg = parse(drawn()).documentElement;
    expect(svg.querySelector('parsererror')).toBeNull();
    expect(svg.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(svg.getAttribute('width')).toBe('400');
    // Title, the two drawings one under the other with a gap, then the legend row.
    expect(svg.getAttribute('height')).toBe(String(32 + 200 + 8 + 100 + 8 + 28));
    expect(svg.getAttribute('font-family')).toBe("Inter,'Segoe UI',sans-serif");
    expect(svg.querySelector('title')?.textContent).toBe('Counted by AU region');
    expect(svg.innerHTML).not.toMatch(/@font-face|url\(|https?:\/\/(?!www\.w3\.org)/);
  });

  it('stacks the card’s drawings, leaving out icons, and keeps their own attributes', () => {
    const nested = [...parse(drawn()).documentElement.children].filter((child) => child.tagName === 'svg');
    expect(nested.map((svg) => [svg.getAttribute('y'), svg.getAttribute('height')])).toEqual([
      ['32', '200'],
      ['240', '100'],
      // The legend's swatch, centred in its row.
      ['355', '14'],
    ]);
    expect(nested[0]!.querySelector('rect')?.getAttribute('fill')).toBe('#0b5394');
    expect(nested[1]!.getAttribute('viewBox')).toBe('0 0 400 100');
  });

  it('inlines the styles the drawing took from CSS, the element’s own style last', () => {
    const text = [...parse(drawn()).querySelectorAll('text')].find((element) => element.textContent === 'Western & Central')!;
    expect(text.getAttribute('style')).toBe('fill:rgb(102, 102, 102);font-size:14px;font-weight:700');
  });

  it('writes the legend’s words beside its swatches', () => {
    const texts = [...parse(drawn()).querySelectorAll('text')].map((text) => text.textContent);
    expect(texts).toEqual(['Counted by AU region', 'Western & Central', 'Target']);
  });
});
