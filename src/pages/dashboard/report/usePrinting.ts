import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * Whether the page is being printed. Print-only parts render only then, so the screen's page
 * (and what a screen reader or a test finds in it) holds each sentence once. `beforeprint`
 * comes before the browser lays out the pages; rendering at once (flushSync) puts the parts
 * on them. A print media query (print preview, an emulated print) counts too.
 */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(() => window.matchMedia('print').matches);
  useEffect(() => {
    const query = window.matchMedia('print');
    const start = () => flushSync(() => setPrinting(true));
    const stop = () => setPrinting(query.matches);
    const follow = () => (query.matches ? start() : stop());
    window.addEventListener('beforeprint', start);
    window.addEventListener('afterprint', stop);
    query.addEventListener('change', follow);
    return () => {
      window.removeEventListener('beforeprint', start);
      window.removeEventListener('afterprint', stop);
      query.removeEventListener('change', follow);
    };
  }, []);
  return printing;
}
