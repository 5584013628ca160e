const SVG_NS = 'http://www.w3.org/2000/svg';

/** What a chart's drawing takes from the page's CSS rather than from its own attributes. */
const DRAWN_STYLES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'visibility',
] as const;

type StyleReader = (element: Element) => Pick<CSSStyleDeclaration, 'getPropertyValue'>;

export interface LegendEntry {
  /** The legend's own swatch, as the chart draws it. */
  icon: SVGSVGElement;
  text: string;
}

export interface StandaloneSvgInput {
  /** Written at the top of the file and as its `<title>`. */
  title: string;
  /** The drawings, stacked top to bottom (a card may hold several, e.g. the pipeline and its exits). */
  drawings: SVGSVGElement[];
  legend?: LegendEntry[];
  /** The page's font stack, written as text: the file names fonts, it never embeds or fetches them. */
  fontFamily: string;
  /** Where the styles come from; the browser's computed styles unless a test says otherwise. */
  readStyle?: StyleReader;
}

const TITLE_HEIGHT = 32;
const LEGEND_HEIGHT = 28;
const GAP = 8;
const FONT_SIZE = 14;
const SWATCH = 14;

const sizeOf = (svg: SVGSVGElement) => {
  const box = svg.getBoundingClientRect();
  return {
    width: Number.parseFloat(svg.getAttribute('width') ?? '') || box.width,
    height: Number.parseFloat(svg.getAttribute('height') ?? '') || box.height,
  };
};

const escapeText = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** The copy carries the original's styles inline, element by element, so it looks the same away from the page. */
function inlineStyles(original: Element, copy: Element, readStyle: StyleReader) {
  const style = readStyle(original);
  const declarations = DRAWN_STYLES.map((name) => [name, style.getPropertyValue(name)] as const).filter(([, value]) => value !== '');
  const own = copy.getAttribute('style');
  const inline = declarations.map(([name, value]) => `${name}:${value}`).join(';');
  // The element's own inline style wins, as it did on the page.
  if (inline || own) copy.setAttribute('style', [inline, own].filter(Boolean).join(';'));
  [...original.children].forEach((child, index) => inlineStyles(child, copy.children[index]!, readStyle));
}

/** A drawing copied with its styles, placed at (x, y) in the file and sized as it was on screen. */
function placedCopy(svg: SVGSVGElement, x: number, y: number, readStyle: StyleReader) {
  const { width, height } = sizeOf(svg);
  const copy = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, copy, readStyle);
  copy.setAttribute('x', String(x));
  copy.setAttribute('y', String(y));
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  if (!copy.hasAttribute('viewBox')) copy.setAttribute('viewBox', `0 0 ${width} ${height}`);
  copy.removeAttribute('class');
  return { markup: new XMLSerializer().serializeToString(copy), width, height };
}

/** The legend as one row of swatches and words; the words' width is estimated from the font size. */
function legendRow(legend: LegendEntry[], y: number, readStyle: StyleReader) {
  let x = 0;
  const parts = legend.map(({ icon, text }) => {
    const swatch = placedCopy(icon, x, y + (LEGEND_HEIGHT - SWATCH) / 2, readStyle);
    const label = `<text x="${x + 20}" y="${y + LEGEND_HEIGHT / 2}" dominant-baseline="middle" font-size="${FONT_SIZE}">${escapeText(text)}</text>`;
    x += 20 + text.length * FONT_SIZE * 0.6 + 16;
    return swatch.markup + label;
  });
  return { markup: parts.join(''), width: x };
}

/**
 * One SVG file a board pack can hold: the card's title, its drawings and legend, the styles
 * inline, width and height set, on a white ground (a transparent one vanishes on dark viewers).
 */
export function standaloneSvg({ title, drawings, legend = [], fontFamily, readStyle = (element) => getComputedStyle(element) }: StandaloneSvgInput): string {
  let y = TITLE_HEIGHT;
  const placed = drawings.map((svg) => {
    const copy = placedCopy(svg, 0, y, readStyle);
    y += copy.height + GAP;
    return copy;
  });
  const legendMarkup = legend.length > 0 ? legendRow(legend, y, readStyle) : null;
  if (legendMarkup) y += LEGEND_HEIGHT;
  const width = Math.ceil(Math.max(1, legendMarkup?.width ?? 0, ...placed.map((copy) => copy.width)));
  const height = Math.ceil(y);
  const font = fontFamily.replaceAll('"', "'");
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="${SVG_NS}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeText(font)}">`,
    `<title>${escapeText(title)}</title>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="0" y="${TITLE_HEIGHT / 2}" dominant-baseline="middle" font-size="18" font-weight="600">${escapeText(title)}</text>`,
    ...placed.map((copy) => copy.markup),
    legendMarkup?.markup ?? '',
    `</svg>`,
  ].join('\n');
}
