/**
 * A reason's link opens another page at a field or section. Pages fetch their data first, so the
 * element is not there when the route changes: this waits for it to appear, brings it into view
 * and moves focus to it — unless the user has done something else meanwhile or ten seconds pass.
 */
let stop: (() => void) | null = null;

const FOCUSABLE = 'a[href], button, input, select, textarea, [tabindex]';

export function focusWhenShown(id: string, timeoutMs = 10_000): void {
  stop?.();
  const tryFocus = (): boolean => {
    const element = document.getElementById(id);
    if (!element) return false;
    // A heading or section is made focusable the way the form's own sections are (tabindex -1).
    if (!element.matches(FOCUSABLE)) element.setAttribute('tabindex', '-1');
    element.scrollIntoView({ block: 'center' });
    element.focus({ preventScroll: true });
    return true;
  };
  const observer = new MutationObserver(() => {
    if (tryFocus()) stop?.();
  });
  const timer = window.setTimeout(() => stop?.(), timeoutMs);
  const cancel = () => stop?.();
  stop = () => {
    observer.disconnect();
    window.clearTimeout(timer);
    window.removeEventListener('pointerdown', cancel, true);
    window.removeEventListener('keydown', cancel, true);
    stop = null;
  };
  observer.observe(document.body, { childList: true, subtree: true });
  // Added after the click that started it: only the user's next action cancels.
  window.addEventListener('pointerdown', cancel, true);
  window.addEventListener('keydown', cancel, true);
}
