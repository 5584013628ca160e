/**
 * The charts' colours, one meaning each across the dashboard: blue is what has been
 * achieved, orange is where today's pace leads, grey is the target or a way out.
 * Blue and orange are the theme's primary and secondary.
 */
export const chartPalette = {
  counted: '#0b5394',
  countedFill: 'rgba(11, 83, 148, 0.16)',
  beforeSignature: '#6f9ccc',
  projection: '#c2571a',
  target: '#4a5563',
  exit: '#a3acb7',
  grid: '#e3e7ec',
  currentYear: 'rgba(194, 87, 26, 0.08)',
  // The forecast's fan: orange, as where things lead; the inner band darker where more runs agree.
  fanOuter: 'rgba(194, 87, 26, 0.2)',
  fanInner: 'rgba(194, 87, 26, 0.42)',
  axis: '#5b6672',
} as const;
