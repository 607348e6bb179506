import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { signIn } from './helpers.ts';

test('signing out drops the data and lands on the sign-in page at once', async ({ page }) => {
  await signIn(page, 'coordinator');
  await expect(page.locator('.initiative-table tbody tr').first()).toBeVisible();
  await page.getByRole('button', { name: 'Kirjaudu ulos' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Kirjaudu sisään' })).toBeVisible();
  await expect(page.getByRole('status')).toContainText('Olet kirjautunut ulos');
  await expect(page.getByText(/Kirjautuneena/)).toHaveCount(0);
  await expect(page.getByRole('table')).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: 'Päävalikko' })).toHaveCount(0);

  // Nothing of the coordinator's survives into the next sign-in: the viewer sees their own header.
  await page.getByLabel('Käyttäjätunnus').fill('viewer');
  await page.getByLabel('Salasana').fill(process.env.E2E_PASSWORD ?? 'e2e-demo-password');
  await page.getByRole('button', { name: 'Kirjaudu', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hankkeet' })).toBeVisible();
  await expect(page.getByText(/Kirjautuneena: Demo Viewer/)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Uusi hanke' })).toHaveCount(0);
});

test('a sign-out in another tab ends the session here too, with a Finnish message', async ({ context }) => {
  const first = await context.newPage();
  await signIn(first, 'coordinator');
  const second = await context.newPage();
  await second.goto('/initiatives');
  await second.getByRole('button', { name: 'Kirjaudu ulos' }).click();
  await expect(second.getByRole('heading', { level: 1, name: 'Kirjaudu sisään' })).toBeVisible();

  // The first tab learns it from its next request (answered UNAUTHORIZED): here, opening an initiative.
  await first.locator('.initiative-table tbody a').first().click();
  await expect(first.getByRole('heading', { level: 1, name: 'Kirjaudu sisään' })).toBeVisible();
  await expect(first.getByRole('alert')).toContainText('Istuntosi on päättynyt');
  await expect(first.getByText('Sign in first')).toHaveCount(0);
  await expect(first.getByText(/Kirjautuneena/)).toHaveCount(0);
});

test('a locked user name is told how long to wait, in the UI language', async ({ page }) => {
  const username = `lukittu-${randomBytes(3).toString('hex')}`;
  await page.goto('/initiatives');
  for (let attempt = 0; attempt < 10; attempt += 1) {
    await page.getByLabel('Käyttäjätunnus').fill(username);
    await page.getByLabel('Salasana').fill('wrong');
    await page.getByRole('button', { name: 'Kirjaudu', exact: true }).click();
    await expect(page.getByRole('alert')).toContainText('Väärä käyttäjätunnus tai salasana');
  }
  await page.getByLabel('Salasana').fill('wrong');
  await page.getByRole('button', { name: 'Kirjaudu', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText(/Yritä uudelleen 1?\d minuutin kuluttua/);

  await page.getByRole('button', { name: /Valitse kieli/ }).click();
  await page.getByRole('menuitem', { name: /In English/ }).click();
  await expect(page.getByRole('alert')).toContainText(/Try again in 1?\d minutes/);
});
