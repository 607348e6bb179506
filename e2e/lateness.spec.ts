import { expect, type Page, test } from '@playwright/test';
import { signIn } from './helpers.ts';

/** A count of days as each language groups it: "1 964" (a no-break space) in fi and sv, "1,964" in en. */
const DAYS = '\\d[\\d\\u00a0\\u202f,]*';
const LATE = new RegExp(`myöhässä ${DAYS} pv`);
const daysIn = (text: string) =>
  Number(text.match(new RegExp(`myöhässä (${DAYS}) pv`))?.[1]?.replace(/\D/g, ''));
const finnishCount = (value: number) => new Intl.NumberFormat('fi-FI').format(value);

const count = (page: Page) => page.locator('#result-count');
const countOf = async (page: Page) => Number((await count(page).textContent())?.match(/\d+/)?.[0]);
const rows = (page: Page) => page.locator('.initiative-table tbody tr');
/** The cells of one column, by its heading (the sort button's text). */
async function column(page: Page, heading: string): Promise<string[]> {
  const headings = (await page.locator('.initiative-table thead th').allTextContents()).map((h) => h.trim());
  const index = headings.findIndex((h) => h.startsWith(heading));
  expect(index, `column ${heading} in ${headings.join(' | ')}`).toBeGreaterThanOrEqual(0);
  return page.locator(`.initiative-table tbody tr td:nth-child(${index + 1})`).allTextContents();
}

test('the demo list shows passed EU deadlines as overdue and the late filter narrows to late initiatives', async ({
  page,
}) => {
  await signIn(page, 'viewer', '/initiatives?sort=nearestEuDeadline&dir=asc');
  await expect(rows(page).first()).toBeVisible();
  const all = await countOf(page);

  // The most overdue deadline comes first, said in words with the days.
  const deadlines = await column(page, 'Lähin EU-määräaika');
  expect(deadlines[0]).toMatch(new RegExp(`\\d{1,2}\\.\\d{1,2}\\.\\d{4}\\s*■ ${LATE.source}`));
  expect(deadlines.filter((cell) => LATE.test(cell)).length).toBeGreaterThanOrEqual(5);

  // "Vain myöhässä olevat": fewer rows, each of them late, and the filter in the link.
  await page.getByRole('checkbox', { name: /Vain myöhässä olevat/ }).click();
  await expect(page.getByRole('checkbox', { name: /Vain myöhässä olevat/ })).toBeChecked();
  await expect(page).toHaveURL(/late=1/);
  await expect(count(page)).not.toHaveText(`${all} hanketta`);
  const late = await countOf(page);
  expect(late).toBeGreaterThan(0);
  expect(late).toBeLessThan(all);
  for (const cell of await column(page, 'Myöhässä')) expect(cell).toMatch(LATE);

  // Sorted by lateness: the most days late first.
  await page.getByRole('button', { name: /^Myöhässä/ }).click();
  await expect(page).toHaveURL(/sort=lateness&dir=asc/);
  // The previous page stays on screen until the sorted one arrives: wait for the order.
  const lateDays = async () => (await column(page, 'Myöhässä')).map(daysIn);
  await expect
    .poll(async () => {
      const days = await lateDays();
      return days.length === late && days.every((d, i) => i === 0 || d <= (days[i - 1] ?? d));
    })
    .toBe(true);
  const days = await lateDays();

  // The initiative page says why, worst first.
  await rows(page).first().getByRole('link').first().click();
  const panel = page.getByRole('region', { name: 'Myöhässä' });
  await expect(panel).toContainText(`myöhässä ${finnishCount(days[0] ?? 0)} pv`);

  // The same in Swedish and English.
  for (const [language, overdue, filter] of [
    ['sv', new RegExp(`försenad ${DAYS} d`), 'Endast försenade'],
    ['en', new RegExp(`${DAYS} days? overdue`), 'Late only'],
  ] as const) {
    await page.evaluate((code) => localStorage.setItem('digisalkku.language', code), language);
    await page.goto('/initiatives?late=1&sort=nearestEuDeadline&dir=asc');
    await expect(page.getByRole('checkbox', { name: new RegExp(filter) })).toBeChecked();
    await expect(count(page)).toHaveText(new RegExp(`^${late} `));
    await expect(rows(page).first()).toContainText(overdue);
  }
  await page.evaluate(() => localStorage.setItem('digisalkku.language', 'fi'));
});

test('the EU act filter names acts by short name in the link, and an old link with an id still works', async ({
  page,
}) => {
  await signIn(page, 'viewer');
  await expect(rows(page).first()).toBeVisible();
  const all = await countOf(page);
  await page.locator('summary', { hasText: /^EU-säädös/ }).click();
  await page.getByRole('checkbox', { name: 'AI Act', exact: true }).click();
  await expect(page).toHaveURL(/[?&]eu=AI-Act(&|$)/);
  await expect(count(page)).not.toHaveText(`${all} hanketta`);
  const withName = await countOf(page);
  expect(withName).toBeGreaterThan(0);
  expect(withName).toBeLessThan(all);
  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'AI Act', exact: true })).toBeChecked();
  await expect(count(page)).toHaveText(`${withName} hanketta`);

  // The act's id, as links had it before short names: the same act, the same rows.
  await page.goto('/eu-acts?sort=name');
  const href = await page.getByRole('link', { name: 'AI Act', exact: true }).getAttribute('href');
  const id = href?.split('/').pop();
  expect(id).toMatch(/^[0-9a-f-]{36}$/);
  await page.goto(`/initiatives?eu=${id}`);
  await expect(count(page)).toHaveText(`${withName} hanketta`);
  await expect(page.getByRole('checkbox', { name: 'AI Act', exact: true })).toBeChecked();
});

test('the EU act catalogue shows what is coming, and past dates on a timeline are not green', async ({
  page,
}) => {
  await signIn(page, 'viewer');
  await page.goto('/eu-acts');
  await expect(page.getByRole('columnheader', { name: 'Seuraava avainpäivä' })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Liittyvät hankkeet' })).toBeVisible();
  // By the next key date: the dated ones in time order first.
  const firstDates = await page.locator('.data-table tbody tr td:nth-child(4) time').allTextContents();
  const iso = firstDates.map((d) =>
    d
      .split('.')
      .reverse()
      .map((p) => p.padStart(2, '0'))
      .join('-'),
  );
  expect(iso.length).toBeGreaterThan(1);
  expect(iso).toEqual([...iso].sort());

  await page.getByRole('link', { name: 'AI Act', exact: true }).click();
  const past = page.locator('.timeline__item', { hasText: 'mennyt' }).first();
  await expect(past).toBeVisible();
  const marker = await past
    .locator('.timeline__marker')
    .evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(marker).not.toBe('rgb(9, 165, 128)');
});
