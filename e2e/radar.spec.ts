import { expect, test } from '@playwright/test';
import { signIn } from './helpers.ts';

test('the radar shows an EU act with no implementing initiative as a gap, by keyboard and as a list', async ({
  page,
}) => {
  await signIn(page, 'viewer', '/radar', 'EU-määräaikojen tutka');
  await expect(
    page.getByText(/EU-määräaikaa seuraavan 24 kuukauden aikana, joista \d+ ilman kansallista hanketta/),
  ).toBeVisible();

  // In the demo only funded initiatives link to Digital Europe: none implements it, so the end of
  // its programme period (31 Dec 2027) is a gap, on the radar from 31 Dec 2025 to 30 Jun 2028.
  const timeline = page.getByRole('group', { name: /^EU-määräajat / });
  const gap = timeline.getByRole('button', {
    name: /^Digital Europe: Ohjelmakausi päättyy .*\. Ei kansallista hanketta, joka toimeenpanee tämän$/,
  });
  await expect(gap).toBeVisible();

  // The marks are one tab stop; the arrow keys go from date to date until the gap has focus.
  await page.getByRole('button', { name: 'Näytä luettelona' }).focus();
  await page.keyboard.press('Tab');
  const first = timeline.getByRole('button').first();
  await expect(first).toBeFocused();
  const count = await timeline.getByRole('button').count();
  for (
    let step = 0;
    step < count && !(await gap.evaluate((mark) => mark === document.activeElement));
    step++
  ) {
    await page.keyboard.press('ArrowRight');
  }
  await expect(gap).toBeFocused();
  await page.keyboard.press('Enter');
  const details = page.getByRole('region', { name: 'Digital Europe: Ohjelmakausi päättyy' });
  await expect(details.getByRole('heading', { level: 3 })).toBeFocused();
  await expect(details.getByText('Ei kansallista hanketta, joka toimeenpanee tämän')).toBeVisible();
  await expect(details.getByRole('link', { name: 'Säädöksen Digital Europe tiedot' })).toBeVisible();

  // The list alternative, in the URL, says the same in words.
  await page.getByRole('button', { name: 'Näytä luettelona' }).click();
  await expect(page).toHaveURL(/view=list/);
  const row = page.getByRole('row').filter({ hasText: 'Ohjelmakausi päättyy' });
  await expect(row.getByText('Ei kansallista hanketta, joka toimeenpanee tämän')).toBeVisible();
  await expect(row.getByRole('rowheader')).toContainText('2027');
});
