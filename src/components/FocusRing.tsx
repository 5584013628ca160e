import { GlobalStyles } from '@mui/material';

/** Inside a menu, a list or a tab strip, where an outline outside the item would be cut off. */
const INSIDE = '.MuiMenuItem-root, .MuiListItemButton-root, .MuiTab-root';

/**
 * Where the keyboard is, always visible (WCAG 2.4.7): an outline in the element's own text
 * colour, so it contrasts as its text does, on paper, on the app bar and in either theme.
 * MUI removes the browser's ring from its buttons and marks their keyboard focus with a faint
 * ripple only; a checkbox's or switch's focus is on a hidden input, so its box wears the ring.
 * Text fields keep MUI's own mark (a thicker, coloured border); table rows and board cards draw their own.
 */
export function FocusRing() {
  return (
    <GlobalStyles
      styles={{
        'a:focus-visible, .MuiButtonBase-root.Mui-focusVisible': {
          outline: '2px solid currentColor',
          outlineOffset: 2,
        },
        [`:is(${INSIDE}).Mui-focusVisible`]: { outlineOffset: -2 },
        '.MuiInputBase-input:focus-visible': { outline: 'none' },
      }}
    />
  );
}
