import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { signIn } from './helpers.ts';

test('dates are typed and picked as d.M.yyyy in the UI language, and saved as the dates they are', async ({
  page,
}) => {
  await signIn(page, 'coordinator');
  await page.goto('/initiatives/new');
  const title = `Päivämäärätesti ${randomBytes(3).toString('hex')}`;
  await page.getByLabel('Nimi suomeksi').fill(title);
  await page.getByLabel('Tiivistelmä suomeksi').fill('Päivämäärät kirjoitetaan suomalaisittain.');

  const start = page.getByLabel(/^Alkamispäivä/);
  await expect(start).toHaveAttribute('type', 'text');
  await start.fill('31.2.2026');
  await page.getByRole('button', { name: 'Luo hanke' }).click();
  await expect(page.getByText('Päivämäärää ei ole olemassa').first()).toBeVisible();
  await start.fill('2026/03/05');
  await page.getByRole('button', { name: 'Luo hanke' }).click();
  await expect(page.getByText('Kirjoita päivämäärä muodossa p.k.vvvv').first()).toBeVisible();
  await start.fill('5.3.2020');

  // The picker speaks Finnish and writes d.M.yyyy.
  await page
    .getByRole('button', { name: /Valitse päivämäärä/ })
    .nth(1)
    .click();
  const picker = page.getByRole('dialog');
  await expect(picker).toContainText(
    /Tammikuu|Helmikuu|Maaliskuu|Huhtikuu|Toukokuu|Kesäkuu|Heinäkuu|Elokuu|Syyskuu|Lokakuu|Marraskuu|Joulukuu/,
  );
  await picker.getByRole('button', { name: /^15 / }).click();
  await expect(page.getByLabel(/^Päättymispäivä/)).toHaveValue(/^15\.\d{1,2}\.\d{4}$/);

  await page.getByRole('button', { name: 'Luo hanke' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByText('5.3.2020').first()).toBeVisible();

  // The edit form shows the saved date the same way; in Swedish the picker speaks Swedish.
  await page.getByRole('link', { name: 'Muokkaa' }).click();
  await expect(page.getByLabel(/^Alkamispäivä/)).toHaveValue('5.3.2020');
  await page.getByRole('button', { name: /Valitse kieli/ }).click();
  await page.getByRole('menuitem', { name: /På svenska/ }).click();
  await expect(page.getByRole('button', { name: /Välj datum/ }).first()).toBeVisible();
});

test('the import file input is the design system one, in the UI language', async ({ page }) => {
  await signIn(page, 'coordinator');
  await page.goto('/import');
  await expect(page.getByText('Valitse tiedosto', { exact: true })).toBeVisible();
  await expect(page.getByText('Choose File')).toHaveCount(0);
});
