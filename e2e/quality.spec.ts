import { expect, type Page, test } from '@playwright/test';
import { signIn } from './helpers.ts';

const countOf = async (page: Page) =>
  Number((await page.locator('#result-count').textContent())?.match(/\d+/)?.[0]);
const FILTER = /Vain hankkeet, joiden tiedoissa on puutteita/;

test('the quality filter narrows the list, and the initiative page names its gaps with a link to each field', async ({
  page,
  browser,
}) => {
  await signIn(page, 'viewer', '/initiatives');
  await expect(page.locator('.initiative-table tbody tr').first()).toBeVisible();
  const all = await countOf(page);

  await page.getByRole('checkbox', { name: FILTER }).click();
  await expect(page.getByRole('checkbox', { name: FILTER })).toBeChecked();
  await expect(page).toHaveURL(/quality=1/);
  await expect(page.locator('#result-count')).not.toHaveText(`${all} hanketta`);
  const flagged = await countOf(page);
  expect(flagged).toBeGreaterThan(0);
  expect(flagged).toBeLessThan(all);

  // A viewer reads the gaps in sentences; fixing them is for the ministry or a coordinator.
  await page.locator('.initiative-table tbody tr').first().getByRole('link').first().click();
  const section = page.getByRole('region', { name: 'Tietojen laatu' });
  await expect(section.getByRole('listitem').first()).toHaveText(/\.$/);
  await expect(section).toContainText('Tiedot korjaa vastuuministeriö tai koordinaattori.');
  await expect(section.getByRole('link')).toHaveCount(0);
  const initiativePath = new URL(page.url()).pathname;

  // A coordinator gets a link per gap, to its field in the form, with the focus on it.
  const context = await browser.newContext();
  const coordinator = await context.newPage();
  await signIn(coordinator, 'coordinator', '/initiatives');
  await coordinator.goto(initiativePath);
  const fix = coordinator
    .getByRole('region', { name: 'Tietojen laatu' })
    .getByRole('link', { name: /^Korjaa: / });
  await expect(fix.first()).toBeVisible();
  await fix.first().click();
  await expect(coordinator).toHaveURL(/\/edit#field-/);
  const fieldId = new URL(coordinator.url()).hash.slice(1);
  await expect(coordinator.locator(`[id="${fieldId}"]`)).toBeFocused();
  await context.close();
});
