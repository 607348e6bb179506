import { useSyncExternalStore } from 'react';

/** Whether a CSS media query matches now, following changes (a turned phone, a resized window). */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => window.matchMedia(query).matches,
  );
}

/** The width below which the app lays itself out for phones (styles.css uses the same). */
export const PHONE = '(max-width: 767px)';
