import { expect, test } from '@playwright/test';
import { signIn } from './helpers.ts';

test('the needs-attention list says why in Finnish, narrows by ministry, and each reason opens where it is put right', async ({
  page,
}) => {
  await signIn(page, 'viewer', '/attention', 'Huomiota vaativat hankkeet');
  const entries = page.locator('.attention-item');
  const count = page.locator('#attention-heading');
  await expect(entries.first()).toBeVisible();
  const countOf = async () => Number((await count.textContent())?.match(/\d+/)?.[0]);
  const all = await countOf();
  expect(all).toBeGreaterThan(1);
  // Each entry: the title as a link, its lead ministry, and its reasons as Finnish sentences.
  const first = entries.first();
  await expect(first.getByRole('heading').getByRole('link')).toBeVisible();
  await expect(first).toContainText('Vastuuministeriö:');
  const reasons = page.getByRole('list', { name: /^Syyt: / });
  await expect(reasons.first().getByRole('link').first()).toHaveText(
    /arvio on punainen|arvioi (vihreäksi|punaiseksi)|täytäntöönpanon määräaika|myöhässä \d[\d\u00a0\u202f]* pv|päivää vanha/i,
  );

  // Narrowed to one ministry: fewer entries, the filter in the URL and as a chip.
  await page
    .locator('summary')
    .filter({ hasText: /^Ministeriö \(vastuu tai osallinen\)/ })
    .click();
  await page.getByRole('checkbox', { name: /^VM\b/ }).click();
  await expect(page).toHaveURL(/[?&]ministry=VM\b/);
  await expect(page.getByRole('button', { name: 'Poista rajaus: VM' })).toBeVisible();
  await expect.poll(countOf).toBeLessThan(all);
  const narrowed = await countOf();
  expect(narrowed).toBeGreaterThan(0);
  await expect(entries).toHaveCount(Math.min(narrowed, 50));

  // A viewer changes nothing: a reason opens the initiative's page at the section that shows it.
  const link = reasons.first().getByRole('link').first();
  const href = (await link.getAttribute('href')) ?? '';
  expect(href).toMatch(/^\/initiatives\/[0-9a-f-]{36}#[a-z-]+-heading$/);
  const [path, anchor] = href.split('#') as [string, string];
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${path}#${anchor}$`));
  await expect(page.locator(`#${anchor}`)).toBeFocused();
  await expect(page.locator(`#${anchor}`)).toBeInViewport();
});
