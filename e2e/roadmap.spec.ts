import { expect, type Page, test } from '@playwright/test';
import { signIn } from './helpers.ts';

const rowLinks = (page: Page) => page.locator('.roadmap-scroll').getByRole('link');
const hrefs = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((links) => links.map((link) => link.getAttribute('href')));

test('the roadmap groups bars by ministry, regroups by theme, zooms to a quarter, marks today and overdue milestones, and lists the same initiatives', async ({
  page,
}) => {
  await signIn(page, 'viewer');
  await page.getByRole('link', { name: 'Aikajana' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hankkeiden aikajana' })).toBeVisible();

  // Grouped by lead ministry, in the ministries' order: the Digitoimisto ministries first.
  const lvm = page.getByRole('region', { name: /^LVM – liikenne- ja viestintäministeriö \(\d+\)$/ });
  await expect(lvm).toBeVisible();
  const headings = await page.locator('.roadmap-scroll h3').allTextContents();
  expect(headings[0]).toMatch(/^LVM – /);
  expect(headings[1]).toMatch(/^VM – /);
  // Each bar is a link whose name says its title, dates and status.
  await expect(lvm.getByRole('link').first()).toHaveAccessibleName(
    /^.+, \d{1,2}\.\d{1,2}\.\d{4}–\d{1,2}\.\d{1,2}\.\d{4}, (Suunnitteilla|Valmistelussa|Käynnissä|Valmis|Keskeytetty|Peruttu)/,
  );
  // Keyboard order is the reading order: Tab goes from one bar to the next.
  await rowLinks(page).first().focus();
  await page.keyboard.press('Tab');
  await expect(rowLinks(page).nth(1)).toBeFocused();

  // Today is marked on the axis, and an overdue milestone is said in words, on the row and in its name.
  await expect(page.getByText(/^Tänään \d{1,2}\.\d{1,2}\.\d{4}$/)).toBeVisible();
  const late = page.getByRole('link', { name: /myöhässä: .+ \(\d{1,2}\.\d{1,2}\.\d{4}\)/ }).first();
  await expect(late).toContainText(/\d+ välitavoit(e|etta) myöhässä/);

  // By theme, then a quarter: both in the URL.
  await page.getByLabel('Ryhmittely', { exact: true }).selectOption('theme');
  await expect(page).toHaveURL(/group=theme/);
  await expect(page.getByRole('region', { name: /^Tekoäly \(\d+\)$/ })).toBeVisible();
  await page.getByRole('button', { name: 'Neljännes' }).click();
  await expect(page).toHaveURL(/group=theme.*zoom=quarter|zoom=quarter.*group=theme/);
  await expect(page).toHaveURL(/at=\d{4}-Q[1-4]/);
  await expect(page.getByRole('button', { name: 'Neljännes' })).toHaveAttribute('aria-pressed', 'true');
  const quarter = new URL(page.url()).searchParams.get('at');
  await page.getByRole('button', { name: /^Edellinen: Q\d \d{4}$/ }).click();
  await expect(page).not.toHaveURL(new RegExp(`at=${quarter}`));
  await expect(page.getByText(/^Tänään \d/)).toHaveCount(0);
  await page.getByRole('button', { name: 'Tänään', exact: true }).click();
  await expect(page.getByText(/^Tänään \d/)).toBeVisible();

  // At 320 px the chart scrolls in its own box; the page does not scroll sideways.
  await page.setViewportSize({ width: 320, height: 700 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  const box = page.locator('.roadmap-scroll');
  expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  await page.setViewportSize({ width: 1280, height: 900 });

  // The list shows the same initiatives in the same order, overdue milestones in words.
  const inChart = await hrefs(page, '.roadmap-row');
  expect(inChart.length).toBeGreaterThan(5);
  await page.getByRole('button', { name: 'Näytä listana' }).click();
  await expect(page).toHaveURL(/view=list/);
  const table = page.getByRole('table', { name: 'Aikajanan hankkeet listana' });
  await expect(table).toBeVisible();
  expect(await hrefs(page, '.roadmap-table tbody th[scope="row"] a')).toEqual(inChart);
  await expect(
    table
      .getByRole('listitem')
      .filter({ hasText: /myöhässä$/ })
      .first(),
  ).toBeVisible();
});
