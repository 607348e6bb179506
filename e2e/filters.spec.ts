import { expect, test } from '@playwright/test';
import { signIn } from './helpers.ts';

test('unticking the last box of a group keeps the group open and the focus on the box', async ({ page }) => {
  await signIn(page, 'viewer');
  await page
    .locator('summary')
    .filter({ hasText: /^Tila$/ })
    .click();
  const box = page.getByRole('checkbox', { name: 'Käynnissä', exact: true });
  await box.focus();
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/status=ongoing/);
  await expect(box).toBeChecked();
  await page.keyboard.press('Space');
  await expect(page).not.toHaveURL(/status=/);
  await expect(box).not.toBeChecked();
  await expect(box).toBeVisible();
  await expect(box).toBeFocused();
});

test('active filters show as chips that remove them, and "Tyhjennä kaikki" clears them all', async ({
  page,
}) => {
  await signIn(page, 'viewer', '/initiatives?ministry=LVM&status=ongoing&late=1&q=tekoäly');
  const chips = page.getByRole('region', { name: 'Käytössä olevat rajaukset' });
  await expect(chips.getByRole('button', { name: 'Poista rajaus: LVM' })).toBeVisible();
  await expect(chips.getByRole('button', { name: 'Poista rajaus: Käynnissä' })).toBeVisible();
  await expect(chips.getByRole('button', { name: /^Poista rajaus: Haku .tekoäly.$/ })).toBeVisible();
  await expect(chips.getByRole('button', { name: 'Poista rajaus: Myöhässä' })).toBeVisible();

  await chips.getByRole('button', { name: 'Poista rajaus: LVM' }).click();
  await expect(page).not.toHaveURL(/ministry=/);
  await expect(page).toHaveURL(/status=ongoing/);
  // Focus moves to the chip that took its place, not to the page.
  await expect(chips.getByRole('button', { name: 'Poista rajaus: Käynnissä' })).toBeFocused();

  await chips.getByRole('button', { name: 'Tyhjennä kaikki' }).click();
  await expect(page).not.toHaveURL(/status=|q=|late=/);
  await expect(page.getByRole('button', { name: /^Poista rajaus/ })).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 2, name: 'Tulokset' })).toBeFocused();
});

test('the next page moves focus to the results heading and scrolls to it', async ({ page }) => {
  await signIn(page, 'viewer');
  const next = page.getByRole('button', { name: 'Seuraava sivu' });
  await next.scrollIntoViewIfNeeded();
  await next.click();
  await expect(page).toHaveURL(/page=2/);
  const heading = page.getByRole('heading', { level: 2, name: 'Tulokset' });
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();
  await expect(page.getByText('Sivu 2 / 2')).toBeVisible();
});
