import { useCallback, useEffect, useState } from 'react';

/** The element id of a card on the board. */
export const boardCardId = (id: number) => `board-card-${id}`;

/**
 * A moved card is drawn anew in its column (or back in its old one, after a refusal): the element
 * that had the focus is gone, and the keyboard would start again from the top of the page. Once
 * the board has drawn the card, the focus goes back to it, unless the user has put it elsewhere.
 */
export function useFocusAfterMove() {
  // A new object each time, so that asking again for the same card runs the effect again.
  const [asked, setAsked] = useState<{ cardId: number } | null>(null);
  useEffect(() => {
    if (!asked) return;
    const lost = !document.activeElement || document.activeElement === document.body;
    if (lost) document.getElementById(boardCardId(asked.cardId))?.focus();
  }, [asked]);
  return useCallback((cardId: number) => setAsked({ cardId }), []);
}
