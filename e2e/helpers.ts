import { expect, type Page } from '@playwright/test';
import { E2E_PASSWORD } from '../playwright.config.ts';

/** Signs in through the sign-in page, as a person would. */
export async function signIn(
  page: Page,
  username: string,
  path = '/initiatives',
  /** The h1 of the page at `path`, seen once signed in. */
  heading: string | RegExp = 'Hankkeet',
): Promise<void> {
  await page.goto(path);
  await page.getByLabel('Käyttäjätunnus').fill(username);
  await page.getByLabel('Salasana').fill(process.env.E2E_PASSWORD ?? E2E_PASSWORD);
  await page.getByRole('button', { name: 'Kirjaudu' }).click();
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}
