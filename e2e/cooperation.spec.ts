import { expect, test } from '@playwright/test';
import { signIn } from './helpers.ts';

test('an initiative linked to a body from its page shows on the body page', async ({ page }) => {
  await signIn(page, 'coordinator');
  // A unique note: the run's own link, whatever else links the same initiative.
  const note = `e2e ${Date.now().toString(36)}`;
  await page.locator('a[href^="/initiatives/"]:not([href$="/new"])').first().click();
  const section = page.getByRole('region', { name: 'Kansainvälinen yhteistyö' });
  await expect(section).toBeVisible();
  const title = (await page.getByRole('heading', { level: 1 }).textContent())?.trim() ?? '';
  expect(title).not.toBe('');

  await section.getByLabel('Toimielin').selectOption({ label: 'AI Board' });
  await section.getByLabel('Suhde').selectOption({ label: 'Valmistelee Suomen kannan' });
  await section.getByLabel('Huomautus').first().fill(note);
  await section.getByRole('button', { name: 'Liitä toimielimeen' }).click();
  await expect(section.getByRole('status').first()).toHaveText('Liitos tallennettiin: AI Board.');
  const item = section.getByRole('listitem').filter({ hasText: note });
  await expect(item.getByRole('link', { name: 'AI Board' })).toBeVisible();

  await item.getByRole('link', { name: 'AI Board' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'AI Board' })).toBeVisible();
  const linked = page.getByRole('region', { name: 'Liittyvät hankkeet' });
  const entry = linked.getByRole('listitem').filter({ hasText: note });
  await expect(entry.getByRole('link', { name: title })).toBeVisible();
  await expect(linked.getByRole('heading', { level: 3, name: /^Valmistelee Suomen kannan/ })).toBeVisible();

  // Clean up: back on the initiative, remove the link (it asks first).
  await entry.getByRole('link', { name: title }).click();
  const again = page.getByRole('region', { name: 'Kansainvälinen yhteistyö' });
  await again
    .getByRole('listitem')
    .filter({ hasText: note })
    .getByRole('button', { name: /^Poista liitos: AI Board/ })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Poistetaanko liitos: AI Board?' });
  await dialog.getByRole('button', { name: 'Poista liitos' }).click();
  await expect(again.getByRole('status').first()).toHaveText('Liitos poistettiin: AI Board.');
  await expect(again.getByText(note)).toHaveCount(0);
});

test("a benchmark's page charts Finland's results and has them as a table", async ({ page }) => {
  await signIn(page, 'viewer', '/cooperation', 'Kansainvälinen yhteistyö');
  await page.getByRole('link', { name: 'UN EGDI' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'UN EGDI' })).toBeVisible();

  const figure = page.getByRole('figure', { name: 'Suomen tulokset painoksittain' });
  await expect(figure.locator('svg.recharts-surface')).toBeVisible();
  await expect(figure.getByText(/Suomen pisteet 4 painoksessa 2018–2024/)).toBeVisible();

  const toggle = figure.getByRole('button', { name: 'Näytä taulukkona' });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const table = figure.getByRole('table', { name: 'Suomen tulokset painoksittain' });
  await expect(table.getByRole('row')).toHaveCount(5);
  await expect(table.getByRole('row', { name: /^2018/ })).toContainText('0,8815');
  await expect(table.getByRole('row', { name: /^2022/ })).toContainText('2/193');
});
