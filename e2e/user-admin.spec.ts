import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { signIn } from './helpers.ts';

test('an admin adds a user, who signs in, and deactivating them ends their session at once', async ({
  page,
  browser,
}) => {
  const username = `e2e.${randomBytes(3).toString('hex')}`;
  const name = `Testi Käyttäjä ${username}`;
  const password = 'sininen polkupyörä ja vihreä kahvipannu';

  await signIn(page, 'admin', '/initiatives');
  await page.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name: 'Käyttäjät' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Käyttäjät' })).toBeVisible();

  // The browser checks the length before sending; the server's own rules come back beside the field.
  await page.getByRole('button', { name: 'Lisää käyttäjä' }).click();
  const form = page.getByRole('form', { name: 'Lisää käyttäjä' });
  await expect(form.getByLabel('Käyttäjätunnus')).toBeFocused();
  await form.getByLabel('Käyttäjätunnus').fill(username);
  await form.getByLabel('Nimi', { exact: true }).fill(name);
  await form.getByLabel('Rooli').selectOption('coordinator');
  await form.getByLabel('Alkusalasana').fill('liian lyhyt');
  await form.getByRole('button', { name: 'Lisää käyttäjä' }).click();
  await expect(form.getByText(/vähintään 15 merkkiä/)).toBeVisible();
  await form.getByLabel('Alkusalasana').fill('Baseball12345678');
  await form.getByRole('button', { name: 'Lisää käyttäjä' }).click();
  await expect(form.getByText(/yleisten tai vuotaneiden salasanojen luettelossa/)).toBeVisible();
  await form.getByLabel('Alkusalasana').fill(password);
  await form.getByRole('button', { name: 'Lisää käyttäjä' }).click();
  await expect(page.getByRole('status').filter({ hasText: `${name} (${username}) lisättiin` })).toBeVisible();
  const row = page.getByRole('row', { name: new RegExp(name) });
  await expect(row).toContainText('Koordinaattori');
  await expect(row).toContainText('Käytössä');

  // The new user signs in in a browser of their own.
  const theirs = await browser.newContext({ locale: 'fi-FI' });
  const user = await theirs.newPage();
  await user.goto('/initiatives');
  await user.getByLabel('Käyttäjätunnus').fill(username);
  await user.getByLabel('Salasana').fill(password);
  await user.getByRole('button', { name: 'Kirjaudu', exact: true }).click();
  await expect(user.getByRole('heading', { level: 1, name: 'Hankkeet' })).toBeVisible();
  await expect(user.getByText(`Kirjautuneena: ${name}`)).toBeVisible();

  // Deactivating asks first; cancelling changes nothing.
  await page.reload();
  const deactivate = row.getByRole('button', { name: `Poista käytöstä ${name}` });
  await deactivate.click();
  const dialog = page.getByRole('dialog', { name: `Poistetaanko ${name} käytöstä?` });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Peruuta' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Peruuta' }).click();
  await expect(dialog).toBeHidden();
  await expect(deactivate).toBeFocused();
  await expect(row).toContainText('Käytössä');
  await expect(row.getByRole('cell').nth(3)).toHaveText('1');

  await deactivate.click();
  await dialog.getByRole('button', { name: 'Poista käytöstä' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `${name} poistettiin käytöstä. 1 istunto päättyi.` }),
  ).toBeVisible();
  await expect(row).toContainText('Poistettu käytöstä');
  // The same button now offers the way back, and focus is still on it.
  await expect(row.getByRole('button', { name: `Ota käyttöön ${name}` })).toBeFocused();

  // The user's next request (opening an initiative, not in their browser's cache yet) finds the
  // session gone and lands on the sign-in page, saying why.
  await user.locator('.initiative-table tbody a').first().click();
  await expect(user.getByRole('heading', { level: 1, name: 'Kirjaudu sisään' })).toBeVisible();
  await expect(user.getByRole('alert')).toContainText('Istuntosi on päättynyt');
  await user.getByLabel('Käyttäjätunnus').fill(username);
  await user.getByLabel('Salasana').fill(password);
  await user.getByRole('button', { name: 'Kirjaudu', exact: true }).click();
  // A deactivated user cannot sign in again, and is told no more than anyone with a wrong password.
  await expect(
    user.getByRole('alert').filter({ hasText: 'Väärä käyttäjätunnus tai salasana' }),
  ).toBeVisible();
  await theirs.close();
});
