import { randomBytes } from 'node:crypto';
import { expect, type Page, test } from '@playwright/test';
import { signIn } from './helpers.ts';

const unique = () => randomBytes(3).toString('hex');
const FIRST_SUMMARY = 'Hanke kokoaa ministeriöiden datatalouden työn yhteen.';

/** A new initiative with a milestone and a health reason, made through the form; returns its URL. */
async function createInitiative(page: Page, title: string): Promise<string> {
  await page.getByRole('link', { name: 'Uusi hanke' }).click();
  await page.getByLabel('Nimi suomeksi').fill(title);
  await page.getByLabel('Tiivistelmä suomeksi').fill(FIRST_SUMMARY);
  await page.getByLabel('Vastuuministeriön arvio', { exact: true }).selectOption('amber');
  await page.getByLabel('Vastuuministeriön perustelu (yksi rivi)').fill('resurssit ovat niukat');
  await page.getByRole('button', { name: 'Lisää virstanpylväs' }).click();
  await page.getByLabel('Virstanpylvään 1 nimi').fill('Lausuntokierros päättyy');
  await page.getByLabel('Virstanpylvään 1 määräpäivä').fill('2027-03-01');
  await page.getByRole('button', { name: 'Luo hanke' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page).toHaveURL(/\/initiatives\/[0-9a-f-]{36}$/);
  return page.url();
}

test('two people edit the same summary: the second sees the first one’s text, combines both, and the history keeps both', async ({
  browser,
}) => {
  const alice = await browser.newContext();
  const bob = await browser.newContext();
  const a = await alice.newPage();
  const b = await bob.newPage();
  await signIn(a, 'coordinator');
  const title = `Yhdistämistesti ${unique()}`;
  const url = await createInitiative(a, title);
  await signIn(b, 'editor.lvm');

  await a.goto(`${url}/edit`);
  await b.goto(`${url}/edit`);
  await expect(a.getByLabel('Tiivistelmä suomeksi')).toHaveValue(FIRST_SUMMARY);
  await expect(b.getByLabel('Tiivistelmä suomeksi')).toHaveValue(FIRST_SUMMARY);

  // Alice adds her sentence and saves first.
  const alices = `${FIRST_SUMMARY} Alicen lause: lausuntokierros pidennetään kuuteen viikkoon.`;
  await a.getByLabel('Tiivistelmä suomeksi').fill(alices);
  await a.getByRole('button', { name: 'Tallenna' }).click();
  await expect(a.getByRole('heading', { level: 1, name: title })).toBeVisible();

  // Bob adds his own sentence on the stale version and saves.
  const bobs = `${FIRST_SUMMARY} Bobin lause: työryhmään tulee myös kuntien edustaja.`;
  await b.getByLabel('Tiivistelmä suomeksi').fill(bobs);
  await b.getByRole('button', { name: 'Tallenna' }).click();

  // The conflict view takes the focus and shows Alice's text beside his, with her name.
  const heading = b.getByRole('heading', { name: 'Joku muu tallensi hankkeen sillä välin' });
  await expect(heading).toBeFocused();
  const conflict = b.getByRole('group', { name: 'Tiivistelmä (suomi)' });
  await expect(conflict).toContainText(alices);
  await expect(conflict).toContainText(bobs);
  await expect(conflict).toContainText('Demo Coordinator (Digitoimisto)');
  const save = b.getByRole('button', { name: 'Tallenna yhdistetty versio' });
  await expect(save).toBeDisabled();

  // He combines the two: the result starts as his text, and he adds Alice's sentence.
  await conflict.getByRole('radio', { name: 'Muokkaa yhdistelmää' }).check();
  const result = conflict.getByRole('textbox');
  await expect(result).toHaveValue(bobs);
  const combined = `${alices} Bobin lause: työryhmään tulee myös kuntien edustaja, ja sen ensimmäinen kokous pidetään jo ennen lausuntokierroksen alkua.`;
  await result.fill(combined);
  await expect(save).toBeEnabled();
  await save.click();

  // The initiative shows the combined text…
  await expect(b.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(b.getByText(combined)).toBeVisible();

  // …and the history shows both texts, before and after, the long one behind "show all".
  const history = b.getByRole('region', { name: 'Muutoshistoria' });
  const entries = history.locator('.history__event');
  await expect(entries.first()).toContainText('Demo Editor (LVM) muokkasi tiivistelmää (suomi)');
  await expect(entries.nth(1)).toContainText('Demo Coordinator (Digitoimisto) muokkasi tiivistelmää (suomi)');
  await expect(entries.nth(1)).toContainText(FIRST_SUMMARY);
  await expect(entries.nth(1)).toContainText(alices);
  const showAll = entries.first().getByRole('button', { name: 'Näytä koko teksti' });
  await expect(showAll).toHaveAttribute('aria-expanded', 'false');
  await expect(entries.first()).not.toContainText(combined);
  await showAll.click();
  await expect(showAll).toHaveAttribute('aria-expanded', 'true');
  await expect(entries.first()).toContainText(alices);
  await expect(entries.first()).toContainText(combined);

  await alice.close();
  await bob.close();
});

test('in Swedish, Finnish-only content is marked and has lang="fi"', async ({ page }) => {
  await signIn(page, 'coordinator');
  const title = `Kielimerkintä ${unique()}`;
  await createInitiative(page, title);
  await page.getByRole('button', { name: 'Valitse kieli' }).click();
  await page.getByRole('menuitem', { name: /På svenska/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Milstolpar' })).toBeVisible();

  const milestone = page.locator('[lang="fi"]', { hasText: 'Lausuntokierros päättyy' });
  await expect(milestone).toHaveCount(1);
  await expect(milestone).toContainText('på finska');
  const reason = page.locator('[lang="fi"]', { hasText: 'resurssit ovat niukat' });
  await expect(reason.first()).toBeVisible();
  await expect(reason.first()).toContainText('på finska');
});
