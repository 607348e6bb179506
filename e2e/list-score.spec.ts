import { expect, type Page, test } from '@playwright/test';
import { signIn } from './helpers.ts';

/** The scores in the list's Pisteet column on this page, in row order (null: no score). */
async function scoresOnPage(page: Page): Promise<(number | null)[]> {
  const cells = await page.locator('.initiative-table tbody td[data-label="Pisteet"]').allTextContents();
  return cells.map((text) => (text.trim() === '–' ? null : Number(text.trim().replace(',', '.'))));
}

test('the list sorts by score under a chosen weighting, kept in the URL', async ({ page }) => {
  await signIn(page, 'viewer');
  const weighting = page.getByLabel('Painotus');
  await expect(weighting.getByRole('option', { name: /\(oletus\)$/ })).toHaveCount(1);
  const other = (await weighting.getByRole('option').allTextContents()).find(
    (name) => !/\(oletus\)$/.test(name),
  );
  if (!other) throw new Error('The demo portfolio has no weighting but the default.');
  await weighting.selectOption({ label: other });
  await expect(page).toHaveURL(/[?&]weighting=[0-9a-f-]{36}/);

  await page.getByRole('button', { name: 'Pisteet' }).click();
  await expect(page.getByRole('columnheader', { name: /Pisteet/ })).toHaveAttribute('aria-sort', 'ascending');
  await expect(page).toHaveURL(/[?&]weighting=/);
  await expect(weighting).toHaveValue(/^[0-9a-f-]{36}$/);
  await expect(weighting.locator('option:checked')).toHaveText(other);

  const scores = await scoresOnPage(page);
  const scored = scores.filter((score): score is number => score !== null);
  expect(scored.length).toBeGreaterThan(1);
  expect(scores[0]).toBe(Math.max(...scored));

  // A reload keeps the weighting and the order.
  await page.reload();
  await expect(page.getByLabel('Painotus').locator('option:checked')).toHaveText(other);
  expect((await scoresOnPage(page))[0]).toBe(scores[0]);
});
