import { randomBytes } from 'node:crypto';
import { expect, type Page, test } from '@playwright/test';
import { signIn } from './helpers.ts';

const unique = () => randomBytes(3).toString('hex');

/** A new initiative of this run (unprioritised, unscored); returns its page URL. */
async function createInitiative(page: Page, title: string): Promise<string> {
  await page.goto('/initiatives/new');
  await page.getByLabel('Nimi suomeksi').fill(title);
  await page
    .getByLabel('Tiivistelmä suomeksi')
    .fill('Selaintestin hanke pisteytystä ja priorisointia varten.');
  await page.getByRole('button', { name: 'Luo hanke' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  return page.url();
}

/** Ticks level `score` of a criterion in the score editor. */
async function pick(page: Page, criterion: string, score: number) {
  await page
    .getByRole('group', { name: criterion, exact: true })
    .getByRole('radio', { name: new RegExp(`^${score} – `) })
    .check();
}

/** Compares exactly these weightings (by name), whatever the page chose at first. */
async function compareOnly(page: Page, names: string[]) {
  const group = page.getByRole('group', { name: 'Vertailtavat painotukset' });
  await expect(group.getByRole('checkbox').first()).toBeVisible();
  for (const box of await group.getByRole('checkbox').all()) {
    const label = await box.evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent?.trim() ?? '');
    // The choice goes through the URL, so the box follows a moment after the click.
    if (!names.includes(label) && (await box.isChecked())) {
      await box.click();
      await expect(box).not.toBeChecked();
    }
  }
  for (const name of names) {
    const box = group.getByRole('checkbox', { name, exact: true });
    if (!(await box.isChecked())) await box.click();
    await expect(box).toBeChecked();
  }
}

test('a coordinator scores an initiative on its page and sees the weighted score change', async ({
  page,
}) => {
  await signIn(page, 'coordinator');
  await createInitiative(page, `Pisteytystesti ${unique()}`);
  const priority = page.getByRole('region', { name: 'Priorisointi' });
  await expect(
    priority.getByText('Ei laskettavissa: yhtään painotettua kriteeriä ei ole pisteytetty'),
  ).toBeVisible();
  await expect(priority.getByRole('row', { name: /Yhteiskunnallinen vaikuttavuus/ })).toContainText(
    'Ei pisteytetty',
  );
  // No EU deadline: the suggestion says so.
  await expect(priority.getByText(/Ehdotus: 1, koska hankkeella ei ole avointa EU-määräaikaa/)).toBeVisible();

  // Best on every benefit, least cost: 100 under any weighting.
  await pick(page, 'Yhteiskunnallinen vaikuttavuus', 5);
  await pick(page, 'EU-kiireellisyys', 5);
  await pick(page, 'Poikkihallinnollisuus', 5);
  await pick(page, 'Valmius', 5);
  await pick(page, 'Kustannus ja työmäärä', 1);
  await expect(page.getByText('Painotettu pistemäärä näillä pisteillä: 100 / 100')).toBeVisible();
  await page.getByRole('button', { name: 'Tallenna pisteet' }).click();
  await expect(page.getByText('Pisteet tallennettu.')).toBeVisible();
  await expect(priority.getByText('100 / 100', { exact: true })).toBeVisible();
  await expect(priority.getByText(/5\/5 painotetusta kriteeristä pisteytetty/)).toBeVisible();
  await expect(priority.getByRole('row', { name: /Kustannus ja työmäärä/ })).toContainText('Hyvin pieni');

  // Societal impact down to 1: Digitoimisto weighs it 30 of 100, so the score falls to 70.
  await pick(page, 'Yhteiskunnallinen vaikuttavuus', 1);
  await page.getByRole('button', { name: 'Tallenna pisteet' }).click();
  await expect(priority.getByText('70 / 100', { exact: true })).toBeVisible();
  await expect(priority.getByRole('row', { name: /Yhteiskunnallinen vaikuttavuus/ })).toContainText(
    'Vähäinen',
  );

  // It stays after a reload.
  await page.reload();
  await expect(
    page.getByRole('region', { name: 'Priorisointi' }).getByText('70 / 100', { exact: true }),
  ).toBeVisible();
});

test('a coordinator moves an initiative to another tier with a reason, and the decision is logged', async ({
  page,
}) => {
  await signIn(page, 'coordinator');
  await createInitiative(page, `Siirtotesti ${unique()}`);
  const priority = page.getByRole('region', { name: 'Priorisointi' });
  await expect(priority.getByRole('button', { name: 'Siirrä' })).toBeDisabled();
  const reason = `Ministerin linjaus ${unique()}`;
  await page.getByLabel('Uusi prioriteetti').selectOption({ label: 'Kriittinen' });
  await page.getByLabel(/^Perustelu \(yksi rivi\)/).fill(reason);
  await priority.getByRole('button', { name: 'Siirrä' }).click();
  await expect(page.getByText('Siirretty prioriteettiin Kriittinen, sen viimeiseksi.')).toBeVisible();

  const decisions = page.getByRole('region', { name: 'Prioriteettipäätökset' });
  await expect(decisions).toContainText('Priorisoimatta → Kriittinen');
  await expect(decisions).toContainText(reason);
  await expect(decisions).toContainText('Demo Coordinator');
  // Last of its tier: its place is the tier's count.
  await expect(priority.getByText(/^(\d+)\. \/ \1$/)).toBeVisible();

  await page.reload();
  await expect(page.getByRole('region', { name: 'Prioriteettipäätökset' })).toContainText(reason);
});

test('two weightings side by side, and a new weighting to compare', async ({ page }) => {
  await signIn(page, 'coordinator');
  await page.goto('/weightings');
  await expect(page.getByRole('heading', { level: 1, name: 'Painotukset ja kriteerit' })).toBeVisible();

  // A weighting of this run: only readiness counts.
  const name = `Valmius edellä ${unique()}`;
  await page.getByRole('button', { name: 'Uusi painotus' }).click();
  await page.getByLabel('Nimi suomeksi').fill(name);
  for (const criterion of ['Yhteiskunnallinen vaikuttavuus', 'EU-kiireellisyys', 'Poikkihallinnollisuus']) {
    await page.getByRole('spinbutton', { name: criterion }).fill('0');
  }
  await page.getByRole('spinbutton', { name: 'Valmius' }).fill('100');
  await page.getByRole('spinbutton', { name: 'Kustannus ja työmäärä' }).fill('0');
  await page.getByRole('button', { name: 'Tallenna painotus' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Painotus ${name} tallennettu.` })).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(name) })).toContainText('100');

  await page.getByRole('link', { name: 'Vertaa painotuksia rinnakkain' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Painotukset rinnakkain' })).toBeVisible();
  await compareOnly(page, ['Digitoimisto', 'LVM: tietotalous edellä']);
  const digitoimisto = page.getByRole('region', { name: 'Digitoimisto' });
  const lvm = page.getByRole('region', { name: 'LVM: tietotalous edellä' });
  await expect(digitoimisto.getByRole('listitem')).toHaveCount(10);
  await expect(lvm.getByRole('listitem')).toHaveCount(10);
  await expect(digitoimisto.getByRole('listitem').first()).toContainText(
    /Sijat painotuksittain: Digitoimisto: 1\., LVM: \d+\./,
  );

  // Swap LVM for the new weighting, top 5: the places differ, and say so in words.
  await compareOnly(page, ['Digitoimisto', name]);
  await page.getByLabel('Kärkijoukon koko').selectOption('5');
  const mine = page.getByRole('region', { name });
  await expect(mine.getByRole('listitem')).toHaveCount(5);
  await expect(digitoimisto.getByRole('listitem')).toHaveCount(5);
  await expect(page).toHaveURL(/top=5/);
  await expect(page.getByText('iso ero sijoissa').first()).toBeVisible();

  // The choice is in the URL: a reload shows the same comparison.
  await page.reload();
  await expect(page.getByRole('region', { name }).getByRole('listitem')).toHaveCount(5);
});

test('the matrix shows a point per initiative, reachable by keyboard, and the same points as a table', async ({
  page,
}) => {
  await signIn(page, 'viewer');
  await page.goto('/matrix');
  await expect(page.getByRole('heading', { level: 1, name: 'Arvo–työmäärä-matriisi' })).toBeVisible();
  const figure = page.getByRole('figure', { name: /Hankkeet: pystyssä Yhteiskunnallinen vaikuttavuus/ });
  const points = figure.getByRole('link', { name: /Digitoimiston arvio/ });
  await expect(points.first()).toBeVisible();
  const count = await points.count();
  expect(count).toBeGreaterThan(10);
  await expect(figure.getByRole('status')).toContainText(`${count} hanketta näkyy`);
  for (const quadrant of ['Nopeat voitot', 'Isot panostukset', 'Täydentävät', 'Vältettävät']) {
    await expect(figure.getByText(quadrant, { exact: true })).toBeVisible();
  }

  // The table alternative lists the same points.
  await page.getByRole('button', { name: 'Näytä taulukkona' }).click();
  await expect(page).toHaveURL(/view=table/);
  const table = page.getByRole('table', { name: 'Matriisin hankkeet taulukkona' });
  await expect(table.getByRole('row')).toHaveCount(count + 1);
  await page.getByRole('button', { name: 'Näytä taulukkona' }).click();

  // The list's filters apply: fewer points, and the table still agrees.
  await page.goto('/matrix?lead=LVM');
  await expect(points.first()).toBeVisible();
  const lvm = await points.count();
  expect(lvm).toBeLessThan(count);
  await page.getByRole('button', { name: 'Näytä taulukkona' }).click();
  await expect(table.getByRole('row')).toHaveCount(lvm + 1);
  await page.getByRole('button', { name: 'Näytä taulukkona' }).click();

  // Other axes.
  await page.getByLabel('Vaaka-akseli').selectOption({ label: 'Valmius (hyöty)' });
  await expect(page).toHaveURL(/x=readiness/);
  await expect(page.getByRole('figure', { name: /vaakana Valmius/ })).toBeVisible();

  // Keyboard: focus shows the tooltip, Enter opens the initiative.
  const first = page
    .getByRole('figure')
    .getByRole('link', { name: /Digitoimiston arvio/ })
    .first();
  const label = (await first.getAttribute('aria-label')) ?? '';
  const title = label.split(':')[0] ?? '';
  await first.focus();
  await expect(page.getByRole('tooltip')).toContainText(title);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
});

test('a viewer sees the scores and the weightings but no editors', async ({ page }) => {
  await signIn(page, 'viewer');
  await page.getByRole('table').getByRole('link').first().click();
  const priority = page.getByRole('region', { name: 'Priorisointi' });
  await expect(priority.getByRole('table', { name: 'Kriteerien pisteet' })).toBeVisible();
  await expect(priority.getByText('Painotettu pistemäärä')).toBeVisible();
  await expect(priority.getByRole('region', { name: 'Prioriteettipäätökset' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Pisteytä hanke' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Siirrä' })).toHaveCount(0);
  await expect(page.getByRole('radio')).toHaveCount(0);

  await page.goto('/weightings');
  await expect(page.getByRole('table', { name: /Painotukset ja niiden/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /Muokkaa/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Uusi painotus' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Muokkaa kriteerejä' })).toHaveCount(0);
});
