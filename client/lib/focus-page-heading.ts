/**
 * How long a page's h1 is waited for after the route changed. Most pages draw it at once; an
 * initiative's or an EU act's page draws it with its data, which usually comes well within this.
 */
const HEADING_WAIT_MS = 2000;

/**
 * Moves focus to the page's h1 after a navigation (WCAG 2.4.3), so keyboard and screen-reader
 * users start at what the page is rather than back at the menu they used. A heading that comes
 * with the page's data is waited for briefly, and one the page draws anew meanwhile (a loading
 * state in between) gets the focus back; without a heading by then, focus falls back to main.
 * Focus is left alone where the page has put it itself (the field or section a link asked for)
 * and once the user acts (a key, a pointer) or moves it. Returns the function that stops
 * waiting (the next navigation calls it).
 */
export function focusPageHeading(main: HTMLElement, waitMs = HEADING_WAIT_MS): () => void {
  const start = document.activeElement;
  if (start && start !== main && main.contains(start)) return () => {};
  let heading: HTMLElement | null = null;
  // Where focus may be while this still moves it: the trigger (a menu link, which stays), main,
  // the heading given focus, or nothing once the element holding it was taken away.
  const untouched = () => {
    const now = document.activeElement;
    return now === null || now === document.body || now === main || now === start || now === heading;
  };
  const settle = () => {
    if (!untouched()) return stop();
    const current = main.querySelector<HTMLElement>('h1');
    if (current && document.activeElement !== current) {
      heading = current;
      focusNonInteractive(current);
    }
  };
  const observer = new MutationObserver(settle);
  const timer = window.setTimeout(() => {
    const now = document.activeElement;
    if (now === null || now === document.body || now === start) main.focus();
    stop();
  }, waitMs);
  const stop = () => {
    observer.disconnect();
    window.clearTimeout(timer);
    window.removeEventListener('keydown', stop, true);
    window.removeEventListener('pointerdown', stop, true);
  };
  observer.observe(main, { childList: true, subtree: true });
  window.addEventListener('keydown', stop, true);
  window.addEventListener('pointerdown', stop, true);
  settle();
  return stop;
}

/**
 * Focuses a heading or section, made focusable by script only (tabindex -1, never a Tab stop):
 * where focus goes when the control that had it is gone (a removed row, a swapped button).
 */
export function focusNonInteractive(element: HTMLElement | null | undefined): void {
  if (!element) return;
  if (!element.hasAttribute('tabindex')) element.tabIndex = -1;
  element.focus();
}

/** The page's h1 (see focusNonInteractive), or main when the page has none. */
export function focusPageTop(): void {
  const main = document.getElementById('main');
  focusNonInteractive(main?.querySelector<HTMLElement>('h1') ?? main);
}
