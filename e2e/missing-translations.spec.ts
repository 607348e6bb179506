import { randomBytes } from 'node:crypto';
import { expect, type Page, test } from '@playwright/test';
import { signIn } from './helpers.ts';

const unique = () => randomBytes(3).toString('hex');

/** The three inputs of a content text, by their group's name and their labels. */
function languageInputs(page: Page, group: string, labels: [string, string, string]) {
  const fieldset = page.getByRole('group', { name: group, exact: true });
  return labels.map((label) => fieldset.getByLabel(label, { exact: false }));
}

test('the edit form shows a text’s three languages side by side, each named and in its language; stacked on a phone', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, 'coordinator', '/initiatives/new', 'Uusi hanke');
  for (const [group, labels, tag] of [
    ['Nimi', ['Nimi suomeksi', 'Nimi ruotsiksi', 'Nimi englanniksi'], 'INPUT'],
    ['Tiivistelmä', ['Tiivistelmä suomeksi', 'Tiivistelmä ruotsiksi', 'Tiivistelmä englanniksi'], 'TEXTAREA'],
  ] as const) {
    const inputs = languageInputs(page, group, [...labels]);
    const boxes = [];
    for (const [n, input] of inputs.entries()) {
      await expect(input).toHaveAttribute('lang', ['fi', 'sv', 'en'][n] ?? '');
      expect(await input.evaluate((element) => element.tagName)).toBe(tag);
      boxes.push(await input.boundingBox());
    }
    const [fi, sv, en] = boxes;
    if (!fi || !sv || !en) throw new Error(`${group}: an input is not shown`);
    // One row, Finnish first.
    expect(Math.abs(sv.y - fi.y)).toBeLessThan(2);
    expect(Math.abs(en.y - fi.y)).toBeLessThan(2);
    expect(fi.x + fi.width).toBeLessThanOrEqual(sv.x);
    expect(sv.x + sv.width).toBeLessThanOrEqual(en.x);
  }

  await page.setViewportSize({ width: 320, height: 800 });
  const [fi, sv, en] = await Promise.all(
    languageInputs(page, 'Nimi', ['Nimi suomeksi', 'Nimi ruotsiksi', 'Nimi englanniksi']).map((input) =>
      input.boundingBox(),
    ),
  );
  if (!fi || !sv || !en) throw new Error('a title input is not shown');
  // Stacked, Finnish on top, and nothing past the right edge.
  expect(sv.y).toBeGreaterThan(fi.y + fi.height - 1);
  expect(en.y).toBeGreaterThan(sv.y + sv.height - 1);
  expect(Math.abs(sv.x - fi.x)).toBeLessThan(2);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

test('an initiative without Swedish is found by "Ruotsinkielinen teksti puuttuu", a chip, and a link from the overview', async ({
  page,
}) => {
  const word = `kaannos${unique()}`;
  await signIn(page, 'coordinator', '/initiatives/new', 'Uusi hanke');
  await page.getByLabel('Nimi suomeksi').fill(`${word} Vain englanniksi käännetty hanke`);
  await page.getByLabel('Nimi englanniksi').fill(`${word} Translated into English only`);
  await page.getByLabel('Tiivistelmä suomeksi').fill('Selaintesti: ruotsinkielinen teksti puuttuu.');
  await page.getByLabel('Tiivistelmä englanniksi').fill('Browser test: the Swedish text is missing.');
  await page.getByRole('button', { name: 'Luo hanke' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: `${word} Vain englanniksi käännetty hanke` }),
  ).toBeVisible();

  await page.goto(`/initiatives?q=${word}`);
  await page
    .locator('summary')
    .filter({ hasText: /^Käännökset$/ })
    .click();
  const group = page.getByRole('group', { name: 'Käännökset' });
  await expect(group).toHaveAccessibleDescription(/nimi tai tiivistelmä/i);
  await group.getByRole('checkbox', { name: 'Englanninkielinen teksti puuttuu' }).click();
  await expect(page).toHaveURL(/missing=en/);
  await expect(page.getByText('Yksikään hanke ei vastaa rajauksia.')).toBeVisible();

  await group.getByRole('checkbox', { name: 'Englanninkielinen teksti puuttuu' }).click();
  await expect(page).not.toHaveURL(/missing=/);
  await group.getByRole('checkbox', { name: 'Ruotsinkielinen teksti puuttuu' }).click();
  await expect(page).toHaveURL(/missing=sv/);
  await expect(page.getByRole('link', { name: `${word} Vain englanniksi käännetty hanke` })).toBeVisible();
  const chips = page.getByRole('region', { name: 'Käytössä olevat rajaukset' });
  await expect(
    chips.getByRole('button', { name: 'Poista rajaus: Ruotsinkielinen teksti puuttuu' }),
  ).toBeVisible();

  // In Swedish the same filter speaks Swedish, and the link carries it.
  await page.evaluate(() => localStorage.setItem('digisalkku.language', 'sv'));
  await page.reload();
  await expect(
    page
      .getByRole('region', { name: 'Avgränsningar som används' })
      .getByRole('button', { name: /Svensk text saknas/ }),
  ).toBeVisible();
  await page.evaluate(() => localStorage.setItem('digisalkku.language', 'fi'));

  // The overview's data-quality section opens the list with the filter.
  await page.goto('/');
  await page.getByRole('link', { name: 'Hankkeet, joilta puuttuu ruotsinkielinen teksti' }).click();
  await expect(page).toHaveURL(/\/initiatives\?missing=sv$/);
  await expect(
    page
      .getByRole('region', { name: 'Käytössä olevat rajaukset' })
      .getByRole('button', { name: 'Poista rajaus: Ruotsinkielinen teksti puuttuu' }),
  ).toBeVisible();
});
