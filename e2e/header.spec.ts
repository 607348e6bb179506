import { expect, test } from '@playwright/test';
import { signIn } from './helpers.ts';

test('the header names the user and role once, and the language button says what it shows', async ({
  page,
}) => {
  await signIn(page, 'coordinator');
  await expect(
    page.getByText('Kirjautuneena: Demo Coordinator (Digitoimisto) – koordinaattori'),
  ).toBeVisible();
  await expect(page.getByText(/\) \(/)).toHaveCount(0);

  // The visible label "FI" is part of the button's accessible name (WCAG 2.5.3).
  const language = page.getByRole('button', { name: /Valitse kieli/ });
  await expect(language).toHaveText('FI');
  await expect(language).toHaveAccessibleName(/^FI\b/);
});

test('no page load breaks the Content-Security-Policy', async ({ page }) => {
  // A violation caught by the page's own code (zod's eval probe) reaches no console, but it is reported.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`),
    );
  });
  const violations = () =>
    page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Kirjaudu sisään' })).toBeVisible();
  await signIn(page, 'viewer');
  await page.getByRole('link', { name: 'EU-säädökset' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'EU-säädökset' })).toBeVisible();
  expect(await violations()).toEqual([]);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'EU-säädökset' })).toBeVisible();
  expect(await violations()).toEqual([]);
});

test('the sign-in page says how the demo password is set', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByText(/DEMO_PASSWORD/)).toBeVisible();
  await expect(page.getByText('Salasana tulostuu palvelimen käynnistyessä')).toHaveCount(0);
});
