import { expect, type Page, test } from '@playwright/test';
import { PAGE_ROUTES, type PageRoute } from '../client/routes.ts';
import { signIn } from './helpers.ts';

interface Ids {
  initiative: string;
  euAct: string;
  body: string;
  benchmark: string;
}

/** A real URL for every page of the app; typed by the app's own list, so a new page must be added here. */
const URLS: Record<PageRoute, (ids: Ids) => string> = {
  '/': () => '/',
  '/attention': () => '/attention',
  '/radar': () => '/radar',
  '/roadmap': () => '/roadmap',
  '/initiatives': () => '/initiatives',
  '/initiatives/new': () => '/initiatives/new',
  '/initiatives/:id': ({ initiative }) => `/initiatives/${initiative}`,
  '/initiatives/:id/edit': ({ initiative }) => `/initiatives/${initiative}/edit`,
  '/board': () => '/board',
  '/eu-acts': () => '/eu-acts',
  '/eu-acts/:id': ({ euAct }) => `/eu-acts/${euAct}`,
  '/cooperation': () => '/cooperation',
  '/cooperation/bodies/:id': ({ body }) => `/cooperation/bodies/${body}`,
  '/cooperation/benchmarks/:id': ({ benchmark }) => `/cooperation/benchmarks/${benchmark}`,
  '/import': () => '/import',
  '/weightings': () => '/weightings',
  '/weightings/compare': () => '/weightings/compare',
  '/matrix': () => '/matrix',
  '/snapshots': () => '/snapshots',
  '/changes': () => '/changes',
  '/admin/users': () => '/admin/users',
  '*': () => '/no-such-page',
};

/**
 * Nothing reaches past the right edge: neither the page nor anything inside a scrolling box,
 * except in a region marked `data-scroll-region` — a timeline or chart that needs two dimensions
 * (the exception of WCAG 1.4.10) and scrolls inside itself while the page does not.
 */
async function expectNoSidewaysScroll(page: Page, where: string) {
  const result = await page.evaluate(() => {
    const root = document.documentElement;
    const width = root.clientWidth;
    const outside = [...document.querySelectorAll('body *')]
      .filter((element) => {
        const box = element.getBoundingClientRect();
        const style = getComputedStyle(element);
        return (
          box.width > 1 &&
          box.height > 1 &&
          style.visibility !== 'hidden' &&
          box.right > width + 0.5 &&
          !element.closest('[aria-hidden="true"], [hidden], [data-scroll-region]')
        );
      })
      .slice(0, 5)
      .map((element) => `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`);
    return { scrollWidth: root.scrollWidth, clientWidth: width, outside };
  });
  expect.soft(result.outside, `${where}: elements past the right edge`).toEqual([]);
  expect.soft(result.scrollWidth, `${where}: page width`).toBeLessThanOrEqual(result.clientWidth);
}

/**
 * Collects the page's Content Security Policy violations: the policy has no 'unsafe-inline',
 * so a library inserting a style or script the server's nonce does not cover shows up here.
 */
async function watchPolicyViolations(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __policyViolations: string[] }).__policyViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.effectiveDirective}: ${event.blockedURI} ${event.sample}`.trim()),
    );
  });
}
const policyViolations = (page: Page) =>
  page.evaluate(() => (window as unknown as { __policyViolations?: string[] }).__policyViolations ?? []);

async function settle(page: Page) {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText('Ladataan…')).toHaveCount(0);
}

test('at 320 px no page scrolls sideways and none breaks the security policy, signed out or in', async ({
  page,
}) => {
  // It walks every page of the app.
  test.setTimeout(180_000);
  await watchPolicyViolations(page);
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto('/initiatives');
  await settle(page);
  await expectNoSidewaysScroll(page, 'sign-in');
  expect.soft(await policyViolations(page), 'sign-in: CSP violations').toEqual([]);

  await signIn(page, 'coordinator');
  const initiative = (await page.locator('a[href^="/initiatives/"]').first().getAttribute('href'))?.split(
    '/',
  )[2];
  await page.goto('/eu-acts');
  await settle(page);
  const euAct = (await page.locator('a[href^="/eu-acts/"]').first().getAttribute('href'))?.split('/')[2];
  await page.goto('/cooperation');
  await settle(page);
  const idOf = async (prefix: string) =>
    (await page.locator(`a[href^="${prefix}"]`).first().getAttribute('href'))?.split('/')[3];
  const body = await idOf('/cooperation/bodies/');
  const benchmark = await idOf('/cooperation/benchmarks/');
  expect(initiative).toBeTruthy();
  expect(euAct).toBeTruthy();
  expect(body).toBeTruthy();
  expect(benchmark).toBeTruthy();
  const ids = {
    initiative: initiative ?? '',
    euAct: euAct ?? '',
    body: body ?? '',
    benchmark: benchmark ?? '',
  };

  for (const route of PAGE_ROUTES) {
    await page.goto(URLS[route](ids));
    await settle(page);
    await expectNoSidewaysScroll(page, route);
    expect.soft(await policyViolations(page), `${route}: CSP violations`).toEqual([]);
  }
});

test('on a phone the results come first and the filters open from a button', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, 'viewer', '/initiatives?ministry=LVM&status=ongoing');
  const toggle = page.getByRole('button', { name: 'Rajaukset (2)' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('group', { name: 'Tila', exact: true })).toBeHidden();

  // The first result is on the first screen, and it is a card as wide as the screen at most.
  const first = page.getByRole('row').nth(1);
  const box = await first.boundingBox();
  expect(box).not.toBeNull();
  expect((box?.y ?? 9999) + 40).toBeLessThan(844);
  expect(box?.width ?? 9999).toBeLessThanOrEqual(390);

  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  // A group in use stays open.
  await expect(page.getByRole('group', { name: 'Tila', exact: true })).toBeVisible();
  await page.getByRole('button', { name: /Näytä \d+ hanke/ }).click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('heading', { level: 2, name: 'Tulokset' })).toBeFocused();
});

test('on a phone the main menu opens from a button and folds again after a choice', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, 'viewer', '/initiatives');
  const nav = page.getByRole('navigation', { name: 'Päävalikko' });
  const menu = nav.getByRole('button', { name: 'Valikko' });
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(nav.getByRole('link', { name: 'EU-säädökset' })).toBeHidden();
  await menu.click();
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await nav.getByRole('link', { name: 'EU-säädökset' }).click();
  await expect(page).toHaveURL(/\/eu-acts$/);
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  // On a wide screen every link shows and there is no menu button.
  await page.setViewportSize({ width: 1440, height: 900 });
  await expect(menu).toBeHidden();
  await expect(nav.getByRole('link', { name: 'Hankkeet' })).toBeVisible();
});
