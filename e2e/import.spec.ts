import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { signIn } from './helpers.ts';

const HEADER = 'title_fi;summary_fi;kind;track;lead_ministry;status';

test('import a CSV sheet: the preview names a rejected row in Finnish, and a clean sheet imports', async ({
  page,
}) => {
  const title = `Taulukosta tuotu hanke ${randomBytes(3).toString('hex')}`;
  await signIn(page, 'coordinator');
  await page.getByRole('link', { name: 'Tuonti ja vienti' }).click();
  await expect(page).toHaveTitle('Tuonti ja vienti – digisalkku');
  await page.getByLabel('Tiedostomuoto').selectOption('csv');

  // One good row and one without a Finnish title: the preview says which and why, and import stays off.
  const bad = `${HEADER}\n${title};Tiivistelmä;development_project;public_administration;VM;ongoing\n;Ei nimeä;development_project;public_administration;VM;ongoing\n`;
  await page
    .getByLabel('Valitse tiedosto')
    .setInputFiles({ name: 'salkku.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
  await page.getByRole('button', { name: 'Esikatsele' }).click();
  await expect(page.getByRole('status')).toContainText('Esikatselussa on hylättyjä tietueita');
  await expect(page.getByText('Suomenkielinen teksti on pakollinen', { exact: false }).first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Tuo', exact: true })).toBeDisabled();

  // The fixed sheet previews clean and imports; the initiative is then in the list.
  const good = `${HEADER}\n${title};Tiivistelmä;development_project;public_administration;VM;ongoing\n`;
  await page
    .getByLabel('Valitse tiedosto')
    .setInputFiles({ name: 'salkku.csv', mimeType: 'text/csv', buffer: Buffer.from(good) });
  await page.getByRole('button', { name: 'Esikatsele' }).click();
  await expect(page.getByRole('status')).toContainText('Voit tuoda tiedoston');
  await page.getByRole('button', { name: 'Tuo', exact: true }).click();
  await expect(page.getByRole('status')).toContainText('Tuonti valmis');
  await page.goto(`/initiatives?q=${encodeURIComponent(title)}`);
  await expect(page.getByRole('link', { name: title })).toBeVisible();
});
