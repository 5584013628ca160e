import { useEffect, useRef } from 'react';

/**
 * Calls `onNear` when the returned element scrolls into view (a column's end): the next page
 * loads before the user reaches it. Without IntersectionObserver the "Load more" button remains.
 */
export function useNearBottom<T extends Element>(onNear: () => void, enabled: boolean) {
  const ref = useRef<T>(null);
  const latest = useRef(onNear);
  useEffect(() => {
    latest.current = onNear;
  });
  useEffect(() => {
    const element = ref.current;
    if (!enabled || !element || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) latest.current();
    }, { rootMargin: '0px 0px 400px 0px' });
    observer.observe(element);
    return () => observer.disconnect();
  }, [enabled]);
  return ref;
}
