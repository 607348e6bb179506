import { randomBytes } from 'node:crypto';
import { expect, type Page, test } from '@playwright/test';
import { signIn } from './helpers.ts';

const unique = () => randomBytes(3).toString('hex');

/** Creates an initiative through the form with one EU impact and one milestone; returns its page URL. */
async function createInitiative(page: Page, title: string): Promise<string> {
  await page.getByRole('link', { name: 'Uusi hanke' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Uusi hanke' })).toBeVisible();
  await page.getByLabel('Nimi suomeksi').fill(title);
  await page
    .getByLabel('Tiivistelmä suomeksi')
    .fill('Selainteston luoma hanke, jolla on EU-vaikutus ja virstanpylväs.');
  await page.getByLabel('Tila', { exact: true }).selectOption('ongoing');
  await page.getByRole('button', { name: 'Lisää EU-vaikutus' }).click();
  await page.getByLabel('EU-vaikutuksen 1 säädös').selectOption({ label: 'AI Act' });
  await page.getByLabel('EU-vaikutuksen 1 suhde').selectOption('implements');
  await page.getByLabel('EU-vaikutuksen 1 määräaika').fill('2027-08-02');
  await page.getByRole('button', { name: 'Lisää virstanpylväs' }).click();
  await page.getByLabel('Virstanpylvään 1 nimi').fill('Lausuntokierros päättyy');
  await page.getByLabel('Virstanpylvään 1 määräpäivä').fill('2027-03-01');
  await page.getByRole('button', { name: 'Luo hanke' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page).toHaveURL(/\/initiatives\/[0-9a-f-]{36}$/);
  return page.url();
}

test('create an initiative with an EU impact and a milestone, edit it, and read its history', async ({
  page,
}) => {
  await signIn(page, 'coordinator');
  const title = `Selaintestin hanke ${unique()}`;
  await createInitiative(page, title);
  await expect(page.getByRole('link', { name: 'AI Act' }).first()).toBeVisible();
  await expect(page.getByText('Lausuntokierros päättyy')).toBeVisible();

  await page.getByRole('link', { name: 'Muokkaa' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Muokkaa hanketta' })).toBeVisible();
  await page.getByLabel('Digitoimiston arvio', { exact: true }).selectOption('red');
  await page.getByLabel('Digitoimiston perustelu (yksi rivi)').fill('budjettia ei hyväksytty');
  await page.getByRole('button', { name: 'Tallenna' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();

  const history = page.getByRole('region', { name: 'Muutoshistoria' });
  await expect(history).toContainText('muutti Digitoimiston tilannearviota');
  await expect(history).toContainText('budjettia ei hyväksytty');
  await expect(history).toContainText('loi hankkeen');
});

test('two people edit the same initiative: the second sees the conflict and re-applies the edit', async ({
  browser,
}) => {
  const alice = await browser.newContext();
  const bob = await browser.newContext();
  const a = await alice.newPage();
  const b = await bob.newPage();
  await signIn(a, 'coordinator');
  const title = `Ristiriitatesti ${unique()}`;
  const url = await createInitiative(a, title);
  await signIn(b, 'editor.lvm');

  // Both open the edit form of the same version.
  await a.goto(`${url}/edit`);
  await b.goto(`${url}/edit`);
  await expect(a.getByLabel('Nimi suomeksi')).toHaveValue(title);
  await expect(b.getByLabel('Nimi suomeksi')).toHaveValue(title);

  // Alice saves first.
  await a.getByLabel('Nimi englanniksi').fill('Conflict test initiative');
  await a.getByRole('button', { name: 'Tallenna' }).click();
  await expect(a.getByRole('heading', { level: 1, name: title })).toBeVisible();

  // Bob saves a different change on the stale version: no silent overwrite, he sees Alice's change.
  await b.getByLabel('Vastuuministeriön arvio', { exact: true }).selectOption('amber');
  await b.getByLabel('Vastuuministeriön perustelu (yksi rivi)').fill('resurssit niukat');
  await b.getByRole('button', { name: 'Tallenna' }).click();
  await expect(b.getByRole('heading', { name: 'Joku muu tallensi hankkeen sillä välin' })).toBeVisible();
  await expect(b.getByText('Demo Coordinator (Digitoimisto)').first()).toBeVisible();

  // He re-applies his edit on top and saves: both changes are kept.
  await b.getByRole('button', { name: 'Lisää omat muutokseni uusimman version päälle' }).click();
  await b.getByRole('button', { name: 'Tallenna' }).click();
  await expect(b.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(b.getByText('resurssit niukat').first()).toBeVisible();
  await b.getByRole('button', { name: 'Valitse kieli' }).click();
  await b.getByRole('menuitem', { name: /In English/ }).click();
  await expect(b.getByRole('heading', { level: 1, name: 'Conflict test initiative' })).toBeVisible();

  await alice.close();
  await bob.close();
});

test('Finnish search finds inflected forms and highlights the match', async ({ page }) => {
  await signIn(page, 'viewer');
  await page.getByLabel('Hae hankkeista').fill('hankkeiden');
  await page.getByRole('button', { name: 'Hae', exact: true }).click();
  await expect(page).toHaveURL(/q=hankkeiden/);
  const marks = page.locator('.initiative-table mark');
  await expect(marks.first()).toBeVisible();
  const matched = (await marks.allTextContents()).map((text) => text.toLowerCase());
  expect(matched.some((word) => word.startsWith('hanke') || word.startsWith('hankk'))).toBe(true);
  await expect(page.locator('#result-count')).toHaveText(/^\d+ hanke/);
});
