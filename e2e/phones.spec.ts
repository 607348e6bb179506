import { expect, type Page, test } from '@playwright/test';
import { PAGE_ROUTES } from '../client/routes.ts';
import { signIn } from './helpers.ts';
import { expectNoSidewaysScroll } from './no-sideways-scroll.ts';
import { collectIds, settle, URLS } from './page-urls.ts';

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
  const ids = await collectIds(page);

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
