import { expect, type Page, test } from '@playwright/test';
import { messages } from '../client/i18n/all-languages.ts';
import { ACCESSIBILITY_STATEMENT } from '../client/lib/accessibility-statement.ts';
import type { Language } from '../shared/language.ts';
import { signIn } from './helpers.ts';

const { feedbackEmail, supervisoryAuthorityUrl } = ACCESSIBILITY_STATEMENT;

/** The supervisory authority by its official name in each language (since 1.1.2026). */
const AUTHORITY: Record<Language, string> = {
  fi: 'Lupa- ja valvontavirasto',
  sv: 'Tillstånds- och tillsynsverket',
  en: 'Finnish Supervisory Agency',
};

/** The statement in `language`: one h1, the model statement's sections in order, the feedback address and the authority. */
async function expectStatement(page: Page, language: Language) {
  const s = messages[language].statement;
  await expect(page.locator('html')).toHaveAttribute('lang', language);
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1 })).toHaveText(s.title);
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  await expect(main.getByRole('heading', { level: 2 })).toHaveText([
    s.service.heading,
    s.compliance.heading,
    s.limitations.heading,
    s.method.heading,
    s.feedback.heading,
    s.enforcement.heading,
  ]);
  await expect(main.getByText('WCAG 2.1')).toBeVisible();
  await expect(main.getByRole('link', { name: feedbackEmail })).toHaveAttribute(
    'href',
    `mailto:${feedbackEmail}`,
  );
  await expect(main.getByText(AUTHORITY[language], { exact: true })).toBeVisible();
  await expect(main.getByRole('link', { name: 'www.saavutettavuusvaatimukset.fi' })).toHaveAttribute(
    'href',
    supervisoryAuthorityUrl,
  );
  await expect(page).toHaveTitle(`${s.title} – ${messages[language].common.appName}`);
}

test('signed out, the sign-in page links to the statement, which reads in Finnish, Swedish and English', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Kirjaudu sisään' })).toBeVisible();
  const footer = page.getByRole('contentinfo');
  await expect(footer.getByRole('link', { name: feedbackEmail })).toHaveAttribute(
    'href',
    `mailto:${feedbackEmail}`,
  );
  await footer.getByRole('link', { name: 'Saavutettavuusseloste' }).click();
  await expect(page).toHaveURL(/\/accessibility$/);
  await expectStatement(page, 'fi');
  await expect(page.getByLabel('Käyttäjätunnus')).toHaveCount(0);

  // The language menu is there signed out too.
  await page.getByRole('button', { name: /Valitse kieli/ }).click();
  await page.getByRole('menuitem', { name: /På svenska/ }).click();
  await expectStatement(page, 'sv');

  // A direct link, in English: the address itself opens the statement, no sign-in in between.
  await page.evaluate(() => localStorage.setItem('digisalkku.language', 'en'));
  await page.reload();
  await expectStatement(page, 'en');
  // Its own frame reflows at 320 px like the app's (phones.spec.ts covers the signed-in pages).
  await page.setViewportSize({ width: 320, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await expect(
    page.getByRole('contentinfo').getByRole('link', { name: 'Accessibility statement' }),
  ).toBeVisible();

  // And on to sign in from there.
  await page.getByRole('link', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
});

test('signed in, every page has the footer, and it opens the statement inside the app; not on paper', async ({
  page,
}) => {
  await signIn(page, 'viewer');
  const footer = page.getByRole('contentinfo');
  await expect(footer.getByRole('link', { name: feedbackEmail })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(footer).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  await footer.getByRole('link', { name: 'Saavutettavuusseloste' }).click();
  await expect(page).toHaveURL(/\/accessibility$/);
  await expectStatement(page, 'fi');
  // The app's own frame: its navigation and the signed-in user's sign-out button.
  await expect(page.getByRole('navigation', { name: 'Päävalikko' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Kirjaudu ulos' })).toBeVisible();
  await expect(page.getByRole('contentinfo')).toBeVisible();
});
