import { expect, type Page, test } from '@playwright/test';
import { signIn } from './helpers.ts';

const resultCount = async (page: Page) =>
  Number((await page.locator('#result-count').textContent())?.match(/\d+/)?.[0]);

test('the overview: a tile and a bar open the list of exactly what they count, a chart opens as a table', async ({
  page,
}) => {
  await signIn(page, 'viewer', '/', 'Tilannekuva');
  await expect(page.getByText(/^Tilanne \d{1,2}\.\d{1,2}\.\d{4}\./)).toBeVisible();

  // The "late" tile's figure is the total of the list it opens.
  const lateTile = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'Myöhässä', exact: true }) });
  const lateLink = lateTile.getByRole('link');
  const late = Number((await lateLink.textContent())?.match(/\d+/)?.[0]);
  expect(late).toBeGreaterThan(0);
  await lateLink.click();
  await expect(page).toHaveURL(/\/initiatives\?late=1$/);
  await expect(page.locator('#result-count')).toHaveText(/\d+ hanke/);
  expect(await resultCount(page)).toBe(late);
  await page.goBack();

  // A bar segment of "by lead ministry and status" is a link named in words; it opens its list.
  const byStatus = page.getByRole('figure', { name: 'Hankkeet vastuuministeriöittäin ja tiloittain' });
  await expect(byStatus).toContainText(/hanketta \d+ ministeriössä/);
  const segment = byStatus.getByRole('link', { name: /^LVM, Käynnissä: \d+$/ });
  const inSegment = Number((await segment.getAttribute('aria-label'))?.match(/\d+$/)?.[0]);
  await segment.click();
  await expect(page).toHaveURL(/\/initiatives\?lead=LVM&status=ongoing$/);
  await expect(page.getByRole('button', { name: 'Poista rajaus: Vastuu: LVM' })).toBeVisible();
  await expect(page.locator('#result-count')).toHaveText(/\d+ hanke/);
  expect(await resultCount(page)).toBe(inSegment);
  await page.goBack();

  // The same chart as a table: a row per ministry, each figure a link.
  await byStatus.getByRole('button', { name: 'Näytä taulukkona' }).click();
  await expect(byStatus.getByRole('button', { name: 'Näytä taulukkona' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  const lvm = byStatus.getByRole('row', { name: /^LVM/ });
  await expect(lvm.getByRole('link', { name: String(inSegment), exact: true }).first()).toBeVisible();

  // Digitoimisto's health by ministry is one switch away.
  const health = page.getByRole('figure', { name: 'Tilannearviot ministeriöittäin' });
  await health.getByRole('radio', { name: 'Digitoimiston' }).check();
  await expect(health.getByRole('link', { name: /^[A-Z]+, Punainen: \d+$/ }).first()).toBeVisible();
});
