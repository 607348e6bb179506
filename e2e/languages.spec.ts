import { expect, test } from '@playwright/test';
import { E2E_PASSWORD } from '../playwright.config.ts';

// The first load carries only Finnish; Swedish and English are fetched when chosen, and the UI
// waits for them rather than showing another language's text meanwhile.
test('Swedish and English load when chosen, and a reload in English is English from the first paint', async ({
  page,
}) => {
  // Every text the page ever shows, from the very first paint on.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { texts: string[] }).texts = seen;
    new MutationObserver(() => {
      const text = document.body?.innerText.trim() ?? '';
      if (text && seen.at(-1) !== text) seen.push(text);
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
  const texts = () => page.evaluate(() => (window as unknown as { texts: string[] }).texts);
  let scripts = 0;
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts += 1;
  });

  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Kirjaudu sisään' })).toBeVisible();
  const firstLoad = scripts;

  // Swedish: fetched now, not before.
  await page.getByRole('button', { name: /Valitse kieli/ }).click();
  await page.getByRole('menuitem', { name: /På svenska/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Logga in' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  await expect(page.getByLabel('Användarnamn')).toBeVisible();
  expect(scripts).toBeGreaterThan(firstLoad);

  // English, then back to Swedish (already here) and to Finnish (always here).
  await page.getByRole('button', { name: /Välj språk/ }).click();
  await page.getByRole('menuitem', { name: /In English/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await page.getByRole('button', { name: /Choose language/ }).click();
  await page.getByRole('menuitem', { name: /På svenska/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Logga in' })).toBeVisible();
  await page.getByRole('button', { name: /Välj språk/ }).click();
  await page.getByRole('menuitem', { name: /Suomeksi/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kirjaudu sisään' })).toBeVisible();
  await page.getByRole('button', { name: /Valitse kieli/ }).click();
  await page.getByRole('menuitem', { name: /In English/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();

  // A reload in English shows English at once: not a word of Finnish before it, not even "Ladataan…".
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const finnish = /Ladataan|Kirjaudu|Käyttäjätunnus|Salasana/;
  expect((await texts()).filter((text) => finnish.test(text))).toEqual([]);

  // Signed in, the app speaks English too.
  await page.getByLabel('User name').fill('viewer');
  await page.getByLabel('Password').fill(process.env.E2E_PASSWORD ?? E2E_PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  // The landing page, the overview, with its figures.
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Initiatives by lead ministry and status' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
  expect((await texts()).filter((text) => finnish.test(text) || /Hankkeet/.test(text))).toEqual([]);
});
