import { readFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import { signIn } from './helpers.ts';

const totalTile = (page: Page) =>
  page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'Hankkeita', exact: true }) })
    .getByRole('link')
    .first();

test('a coordinator takes a snapshot, opens it read-only and goes back to now', async ({ page }) => {
  const label = `Digitoimisto ${Date.now()}`;
  await signIn(page, 'coordinator', '/', 'Tilannekuva');
  const liveTotal = await totalTile(page).textContent();

  await page.getByRole('link', { name: 'Tallennetut tilannekuvat' }).click();
  await page.getByLabel('Nimi').fill(label);
  await page.getByLabel(/Muistiinpano/).fill('Ennen kokousta');
  await page.getByRole('button', { name: 'Ota tilannekuva' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Tilannekuva ”${label}” otettu.` })).toBeVisible();
  // The new one is the first of the list.
  await expect(page.getByRole('article').first()).toHaveAccessibleName(label);

  await page
    .getByRole('article', { name: label })
    .getByRole('link', { name: `Avaa ”${label}”` })
    .click();
  const banner = page.getByRole('region', { name: 'Katselet tilannekuvaa' });
  await expect(banner).toContainText(
    new RegExp(
      `Tilannekuva ”${label}”, otettu \\d{1,2}\\.\\d{1,2}\\.\\d{4} klo \\d\\d\\.\\d\\d, ottaja Demo Coordinator`,
    ),
  );
  await expect(page.getByRole('heading', { level: 1, name: 'Tilannekuva' })).toBeVisible();
  await expect(totalTile(page)).toHaveText(liveTotal ?? '');

  // Moving on keeps the snapshot, and nothing in it can be changed.
  await page.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name: 'Hankkeet' }).click();
  await expect(banner).toBeVisible();
  await page.locator('table a[href^="/initiatives/"]').first().click();
  await expect(page.getByRole('heading', { name: 'Priorisointi' })).toBeVisible();
  await expect(banner).toBeVisible();
  await expect(page.getByRole('link', { name: 'Muokkaa' })).toHaveCount(0);

  await banner.getByRole('button', { name: 'Palaa nykytilaan' }).click();
  await expect(banner).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Muokkaa' })).toBeVisible();
});

test('a filtered list downloads as PDF and XLSX under the server’s file names', async ({ page }) => {
  await signIn(page, 'viewer', '/initiatives?lead=LVM');
  await page.getByRole('button', { name: 'Lataa tiedostona' }).click();
  for (const [format, magic] of [
    ['PDF-kokousaineisto', '%PDF'],
    ['Excel (XLSX)', 'PK'],
  ] as const) {
    await page.getByRole('radio', { name: format }).check();
    const request = page.waitForRequest((r) => r.url().includes('/api/export/current.'));
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Lataa', exact: true }).click();
    expect(new URL((await request).url()).searchParams.get('lead')).toBe('LVM');
    const file = await download;
    const extension = format.startsWith('PDF') ? 'pdf' : 'xlsx';
    expect(file.suggestedFilename()).toMatch(
      new RegExp(`^digisalkku-\\d{4}-\\d{2}-\\d{2}.*\\.${extension}$`),
    );
    const bytes = await readFile((await file.path()) ?? '');
    expect(bytes.length).toBeGreaterThan(0);
    expect(bytes.subarray(0, magic.length).toString('latin1')).toBe(magic);
    await expect(
      page.getByRole('status').filter({ hasText: `Ladattu: ${file.suggestedFilename()}` }),
    ).toBeVisible();
  }
});
