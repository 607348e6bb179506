import { expect, test } from '@playwright/test';
import { signIn } from './helpers.ts';

test('sign in, see the demo portfolio, filter by ministry, keep the filter on reload, switch to Swedish', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fi');
  await expect(page.getByRole('heading', { name: 'Kirjaudu sisään' })).toBeVisible();

  await signIn(page, 'viewer');
  const count = page.locator('#result-count');
  await expect(count).toHaveText(/\d+ hanketta/);
  const all = Number((await count.textContent())?.match(/\d+/)?.[0]);
  expect(all).toBeGreaterThanOrEqual(60);

  // Filter by ministry through the UI: open the group and tick VM.
  await page.locator('summary', { hasText: 'Ministeriö (vastuu tai osallinen)' }).click();
  await page
    .getByRole('checkbox', { name: /^VM – valtiovarainministeriö/ })
    .first()
    // click, not check(): the box is controlled by the URL, so its state flips a moment later.
    .click();
  await expect(page).toHaveURL(/ministry=VM/);
  await expect(count).not.toHaveText(`${all} hanketta`);
  const filtered = Number((await count.textContent())?.match(/\d+/)?.[0]);
  expect(filtered).toBeGreaterThan(0);
  expect(filtered).toBeLessThan(all);
  // VM leads some of the rows; the others have it as a participating ministry.
  const leads = await page.locator('.initiative-table tbody tr td:nth-child(2)').allTextContents();
  expect(leads.map((lead) => lead.trim())).toContain('VM');
  await expect(page).toHaveTitle('Hankkeet – digisalkku');

  // The filter lives in the URL: a reload keeps it.
  await page.reload();
  await expect(page).toHaveURL(/ministry=VM/);
  await expect(count).toHaveText(`${filtered} hanketta`);
  await expect(page.getByRole('checkbox', { name: /^VM – valtiovarainministeriö/ }).first()).toBeChecked();

  // Switch language to Swedish: UI text, <html lang> and content follow; the choice persists.
  await page.getByRole('button', { name: 'Valitse kieli' }).click();
  await page.getByRole('menuitem', { name: /På svenska/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Projekt' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  await expect(count).toHaveText(`${filtered} projekt`);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Projekt' })).toBeVisible();
});

test('a wrong password is refused with a clear message', async ({ page }) => {
  await page.goto('/initiatives');
  await page.getByLabel('Käyttäjätunnus').fill('viewer');
  await page.getByLabel('Salasana').fill('wrong');
  await page.getByRole('button', { name: 'Kirjaudu' }).click();
  await expect(page.getByRole('alert')).toContainText('Väärä käyttäjätunnus tai salasana');
});
