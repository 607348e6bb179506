import { expect, test } from '@playwright/test';
import { signIn } from './helpers.ts';

const STAMP = /digisalkku · tulostettu \d{1,2}\.\d{1,2}\.\d{4} klo \d{1,2}\.\d{2}/;

test('printing the list prints the results under a dated header naming the filters', async ({ page }) => {
  await signIn(page, 'coordinator', '/initiatives?ministry=LVM&status=ongoing');
  await expect(page.locator('.initiative-table tbody tr').first()).toBeVisible();
  await page.emulateMedia({ media: 'print' });

  await expect(page.getByText(STAMP)).toBeVisible();
  await expect(page.getByText(STAMP)).toContainText('rajaukset: LVM, Käynnissä');
  await expect(page.getByRole('navigation', { name: 'Päävalikko' })).toBeHidden();
  await expect(page.getByLabel('Hae hankkeista')).toBeHidden();
  await expect(page.getByRole('link', { name: 'Uusi hanke' })).toBeHidden();
  await expect(page.getByRole('button').filter({ visible: true })).toHaveCount(0);
  await expect(page.locator('.initiative-table tbody tr').first()).toBeVisible();

  // In Swedish the header speaks Swedish.
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('button', { name: /Valitse kieli/ }).click();
  await page.getByRole('menuitem', { name: /På svenska/ }).click();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByText(/digiportföljen · utskriven \d{1,2}\.\d{1,2}\.\d{4}/)).toContainText(
    'avgränsningar: LVM, Pågående',
  );
});

test('printing an initiative prints its content, not the menus and buttons', async ({ page }) => {
  await signIn(page, 'coordinator');
  await page.locator('.initiative-table tbody a').first().click();
  await expect(page.getByRole('link', { name: 'Muokkaa' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByText(STAMP)).toBeVisible();
  await expect(page.getByText(STAMP)).not.toContainText('rajaukset');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Muokkaa' })).toBeHidden();
  await expect(page.getByRole('link', { name: 'Takaisin hankelistaan' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Päävalikko' })).toBeHidden();
  await expect(page.getByRole('button').filter({ visible: true })).toHaveCount(0);
});
