import { type ElementHandle, expect, type Locator, type Page } from '@playwright/test';
import { E2E_PASSWORD } from '../playwright.config.ts';

/**
 * What has focus, and why a sighted keyboard user could not see it: nothing focused, no
 * outline or box-shadow on it or its ::before/::after (the design system draws its ring on
 * ::after), not drawn, or outside the viewport. Runs in the page, so it is self-contained.
 */
function focusProblem(target?: Element): { element: string; problem: string | null; onTarget: boolean } {
  const element = document.activeElement as HTMLElement | null;
  if (!element || element === document.body || element === document.documentElement) {
    return { element: 'nothing', problem: 'nothing has focus', onTarget: false };
  }
  const onTarget = element === target;
  const text = (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 60);
  const name = `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''} "${text}"`;
  const transparent = (color: string) => color === 'transparent' || /^rgba\(.*,\s*0\)$/.test(color);
  // "rgb(26, 153, 199) 0px 0px 0px 3px, …": x, y, blur, spread.
  const shadowShows = (shadow: string) =>
    shadow !== 'none' &&
    shadow.split(/,(?![^(]*\))/).some((one) => {
      const color = /rgba?\([^)]*\)/.exec(one)?.[0] ?? '';
      const lengths = [...one.replace(color, '').matchAll(/(-?[\d.]+)px/g)].map((m) => Number(m[1]));
      return !transparent(color) && ((lengths[2] ?? 0) > 0 || (lengths[3] ?? 0) > 0);
    });
  const paints = (style: CSSStyleDeclaration) =>
    (style.outlineStyle !== 'none' &&
      Number.parseFloat(style.outlineWidth) > 0 &&
      !transparent(style.outlineColor)) ||
    shadowShows(style.boxShadow);
  const ring =
    paints(getComputedStyle(element)) ||
    ['::before', '::after'].some((pseudo) => {
      const style = getComputedStyle(element, pseudo);
      return style.content !== 'none' && paints(style);
    });
  if (!ring) return { element: name, problem: 'no visible outline or box-shadow', onTarget };
  const box = element.getBoundingClientRect();
  if (box.width < 1 || box.height < 1) return { element: name, problem: 'not drawn', onTarget };
  if (box.bottom <= 0 || box.top >= innerHeight || box.right <= 0 || box.left >= innerWidth) {
    return { element: name, problem: 'outside the viewport', onTarget };
  }
  return { element: name, problem: null, onTarget };
}

/** Focus is on something, and a sighted keyboard user sees where (WCAG 2.4.7). */
export async function expectVisibleFocus(
  page: Page,
  step: string,
  target?: ElementHandle<Node>,
): Promise<{ element: string; onTarget: boolean }> {
  let seen = await page.evaluate(focusProblem, target as ElementHandle<Element> | undefined);
  // A moment to settle: a smooth scroll bringing the focused element into view, a redraw.
  if (seen.problem) {
    await expect
      .poll(
        async () => {
          seen = await page.evaluate(focusProblem, target as ElementHandle<Element> | undefined);
          return seen.problem;
        },
        { message: `${step}: focus on ${seen.element}`, timeout: 2000 },
      )
      .toBeNull();
  }
  return seen;
}

/** Presses a key, then checks the focus is visible where it is now. */
export async function press(page: Page, key: string, step: string): Promise<void> {
  await page.keyboard.press(key);
  await expectVisibleFocus(page, `${step} (${key})`);
}

/**
 * Presses Tab (or Shift+Tab) until `target` has focus, checking the indicator at every stop on
 * the way. Returns the stops passed, for assertions on the order.
 */
export async function tabTo(
  page: Page,
  target: Locator,
  { back = false, max = 150 }: { back?: boolean; max?: number } = {},
): Promise<string[]> {
  await expect(target, 'the element to Tab to').toBeAttached();
  const handle = await target.elementHandle();
  if (!handle) throw new Error(`${target} is not on the page`);
  const stops: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const stop = await expectVisibleFocus(page, `Tab stop ${i + 1} towards ${target}`, handle);
    stops.push(stop.element);
    if (stop.onTarget) return stops;
  }
  throw new Error(`${target} not reached in ${max} Tab stops; passed ${stops.slice(-5).join(', ')}`);
}

/** Signs in on the Finnish sign-in page with the keyboard only, and waits for the overview. */
export async function signInByKeyboard(page: Page, username: string): Promise<void> {
  await page.goto('/');
  await tabTo(page, page.getByLabel('Käyttäjätunnus'));
  await page.keyboard.type(username);
  await press(page, 'Tab', 'to the password');
  await expect(page.getByLabel('Salasana')).toBeFocused();
  await page.keyboard.type(process.env.E2E_PASSWORD ?? E2E_PASSWORD);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Tilannekuva' })).toBeVisible();
}
