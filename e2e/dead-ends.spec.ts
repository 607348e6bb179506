import { expect, type Page, test } from '@playwright/test';
import { signIn } from './helpers.ts';

const MISSING = '00000000-0000-4000-8000-000000000000';

async function expectDeadEnd(page: Page, heading: string, back: string) {
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Yritä uudelleen' })).toHaveCount(0);
  await expect(page.getByText(/^Virhe/)).toHaveCount(0);
  await page.getByRole('link', { name: back }).click();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(heading);
}

test('a missing initiative, EU act or page says so, with a way back', async ({ page }) => {
  await signIn(page, 'coordinator');
  await page.goto(`/initiatives/${MISSING}`);
  await expect(page.getByText('Hanketta ei ole', { exact: false })).toBeVisible();
  await expectDeadEnd(page, 'Hanketta ei löytynyt', 'Takaisin hankelistaan');
  await expect(page).toHaveURL(/\/initiatives$/);

  await page.goto(`/initiatives/${MISSING}/edit`);
  await expectDeadEnd(page, 'Hanketta ei löytynyt', 'Takaisin hankelistaan');

  // An address that cannot be an id is just as missing.
  await page.goto('/initiatives/not-an-id');
  await expectDeadEnd(page, 'Hanketta ei löytynyt', 'Takaisin hankelistaan');

  await page.goto(`/eu-acts/${MISSING}`);
  await expectDeadEnd(page, 'EU-säädöstä ei löytynyt', 'Takaisin EU-säädöksiin');
  await expect(page).toHaveURL(/\/eu-acts$/);

  await page.goto('/no-such-page');
  await expect(page.getByText('Osoitteessa ei ole sivua', { exact: false })).toBeVisible();
  await expectDeadEnd(page, 'Sivua ei löytynyt', 'Takaisin hankelistaan');
});

test('a viewer is told they may not create or edit initiatives, with a way back', async ({ page }) => {
  await signIn(page, 'viewer');
  const href = await page.locator('.initiative-table tbody a').first().getAttribute('href');
  await page.goto('/initiatives/new');
  await expect(page.getByText('Sinulla ei ole oikeutta lisätä hankkeita', { exact: false })).toBeVisible();
  await expect(page.getByText('muokata tätä hanketta')).toHaveCount(0);
  await expectDeadEnd(page, 'Et voi lisätä hankkeita', 'Takaisin hankelistaan');

  await page.goto(`${href}/edit`);
  await expect(
    page.getByText('Sinulla ei ole oikeutta muokata tätä hanketta', { exact: false }),
  ).toBeVisible();
  await expectDeadEnd(page, 'Et voi muokata tätä hanketta', 'Takaisin hankkeen sivulle');
  await expect(page).toHaveURL(new RegExp(`${href}$`));
});

test('a server that cannot be reached is said in the UI language, not in the browser’s words', async ({
  page,
}) => {
  await signIn(page, 'viewer');
  await page.route('**/trpc/initiative.get**', (route) => route.abort('connectionrefused'));
  await page.getByRole('link', { name: /./ }).and(page.locator('a[href^="/initiatives/"]')).first().click();
  await expect(page.getByText('Palvelimeen ei saatu yhteyttä', { exact: false })).toBeVisible({
    timeout: 20_000,
  });
  await expect(page.getByText('Failed to fetch')).toHaveCount(0);
});
