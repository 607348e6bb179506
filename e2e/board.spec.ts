import { expect, type Locator, type Page, test } from '@playwright/test';
import { signIn } from './helpers.ts';

/** A tier's column, by its heading ("Korkea 12 hanketta"). */
const column = (page: Page, tier: string) =>
  page.getByRole('region', { name: new RegExp(`^${tier} \\d+ hanke`) });
const cards = (column: Locator) => column.getByRole('listitem').filter({ has: column.page().locator('h3') });
const titleOf = async (card: Locator) =>
  (await card.getByRole('heading', { level: 3 }).textContent())?.trim() ?? '';
const cardIn = (column: Locator, title: string) =>
  column.getByRole('heading', { level: 3, name: title, exact: true });

async function openBoard(page: Page, username: string) {
  await signIn(page, username);
  await page.getByRole('link', { name: 'Priorisointi' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Priorisointitaulu' })).toBeVisible();
  await expect(page.getByText(/\d+ hanketta taululla/)).toBeVisible();
}

/** No move is waiting for the server. */
async function saved(page: Page) {
  await expect(page.getByText('Tallennetaan…')).toHaveCount(0);
}

test('a coordinator drags a card to another tier with the mouse, and it is there after a reload', async ({
  page,
}) => {
  await openBoard(page, 'coordinator');
  const critical = column(page, 'Kriittinen');
  const low = column(page, 'Matala');
  const card = cards(critical).first();
  const title = await titleOf(card);
  expect(title).not.toBe('');

  const handle = card.getByRole('button', { name: `Järjestä: ${title}` });
  await handle.scrollIntoViewIfNeeded();
  const from = await handle.boundingBox();
  const to = await low.getByRole('listitem').first().boundingBox();
  if (!from || !to) throw new Error('The handle or the target is not on the screen.');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + 20, from.y + 20, { steps: 5 });
  await page.mouse.move(to.x + to.width / 2, to.y + 10, { steps: 20 });
  await page.mouse.move(to.x + to.width / 2, to.y + 12, { steps: 2 });
  await page.mouse.up();

  // A tier change asks for its reason; none is needed.
  const dialog = page.getByRole('dialog', { name: 'Tason muutos' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Tallenna siirto' }).click();
  await expect(dialog).toBeHidden();
  await expect(cardIn(low, title)).toBeVisible();
  await expect(cardIn(critical, title)).toHaveCount(0);
  await saved(page);

  await page.reload();
  await expect(cardIn(column(page, 'Matala'), title)).toBeVisible();
  await expect(cardIn(column(page, 'Kriittinen'), title)).toHaveCount(0);
});

test('the same move by keyboard only, announced in Finnish', async ({ page }) => {
  await openBoard(page, 'coordinator');
  const high = column(page, 'Korkea');
  const card = cards(high).first();
  const title = await titleOf(card);
  const liveRegion = page.locator('[id^="DndLiveRegion"]');

  const handle = card.getByRole('button', { name: `Järjestä: ${title}` });
  await handle.focus();
  await page.keyboard.press('Space');
  await expect(liveRegion).toContainText(`Tartuit hankkeeseen ${title}. Taso Korkea, paikka 1/`);
  await page.keyboard.press('ArrowRight');
  await expect(liveRegion).toContainText(`${title}: taso Keskitaso, paikka`);
  await page.keyboard.press('Space');
  await expect(liveRegion).toContainText(`Pudotit hankkeen ${title}: taso Keskitaso`);

  // The reason dialog takes the focus; Enter saves without a reason, and focus is back on the handle.
  const dialog = page.getByRole('dialog', { name: 'Tason muutos' });
  await expect(dialog.getByLabel('Perustelu (valinnainen)')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  const medium = column(page, 'Keskitaso');
  await expect(cardIn(medium, title)).toBeVisible();
  await expect(page.getByRole('button', { name: `Järjestä: ${title}` })).toBeFocused();
  await saved(page);

  // Escape cancels a move: the card stays where it is.
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Escape');
  await expect(liveRegion).toContainText(`Siirto peruttiin. ${title} palasi paikalleen: taso Keskitaso`);

  await page.reload();
  await expect(cardIn(column(page, 'Keskitaso'), title)).toBeVisible();
  await expect(cardIn(column(page, 'Korkea'), title)).toHaveCount(0);
});

test('the move-to dialog puts a card first in a tier with a reason, and the decision log shows it', async ({
  page,
}) => {
  await openBoard(page, 'coordinator');
  const card = cards(column(page, 'Priorisoimatta')).last();
  const title = await titleOf(card);
  const reason = `Ministerin linjaus ${Date.now()}`;

  const trigger = card.getByRole('button', { name: `Siirrä… ${title}` });
  await trigger.click();
  const dialog = page.getByRole('dialog', { name: 'Siirrä hanke' });
  await dialog.getByLabel('Taso').selectOption({ label: 'Korkea' });
  await dialog.getByRole('radio', { name: 'Ensimmäiseksi' }).check();
  await dialog.getByLabel('Perustelu (valinnainen)').fill(reason);
  await dialog.getByRole('button', { name: 'Siirrä', exact: true }).click();
  await expect(dialog).toBeHidden();

  const high = column(page, 'Korkea');
  await expect(cards(high).first().getByRole('heading', { level: 3 })).toHaveText(title);
  // Focus returns to the card's move button, now in its new tier.
  await expect(high.getByRole('button', { name: `Siirrä… ${title}` })).toBeFocused();
  await saved(page);

  await page.getByRole('tab', { name: 'Päätösloki' }).click();
  await expect(page).toHaveURL(/view=decisions/);
  const row = page.getByRole('row').filter({ hasText: reason });
  await expect(row).toBeVisible();
  await expect(row.getByRole('link', { name: title })).toBeVisible();
  await expect(row).toContainText('Priorisoimatta → Korkea');
  await expect(row).toContainText('Demo Coordinator');
});

test('a viewer sees the board read-only: no drag handles, no move buttons', async ({ page }) => {
  await openBoard(page, 'viewer');
  await expect(cards(column(page, 'Kriittinen')).first()).toBeVisible();
  await expect(page.getByText(/Hankkeiden järjestystä muuttavat koordinaattorit/)).toBeVisible();
  await expect(page.getByRole('button', { name: /^Järjestä:/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Siirrä…/ })).toHaveCount(0);
});

/** The weighted scores a column's shown cards state, in order (null: not scored). */
async function scoresIn(column: Locator): Promise<(number | null)[]> {
  const lines = await cards(column).locator('.board-card__score').allTextContents();
  return lines.map((line) => {
    const match = /:\s*([\d,]+)\s*$/.exec(line);
    return match?.[1] ? Number(match[1].replace(',', '.')) : null;
  });
}

test('by score, a column starts with its highest score, and cards cannot be moved there', async ({
  page,
}) => {
  await openBoard(page, 'coordinator');
  await expect(page.getByRole('button', { name: /^Järjestä:/ }).first()).toBeVisible();
  const order = page.getByRole('group', { name: 'Järjestys' });
  // The choice goes through the URL, so the radio follows a moment after the click.
  await order.getByRole('radio', { name: 'pisteiden mukaan' }).click();
  await expect(order.getByRole('radio', { name: 'pisteiden mukaan' })).toBeChecked();
  await expect(page).toHaveURL(/order=score/);

  const high = column(page, 'Korkea');
  await expect(cards(high).first()).toBeVisible();
  const scores = await scoresIn(high);
  const scored = scores.filter((score): score is number => score !== null);
  expect(scored.length).toBeGreaterThan(1);
  expect(scores[0]).toBe(Math.max(...scored));
  // The unscored, if any, come after every scored card.
  expect(scores.slice(0, scored.length)).toEqual(scored);
  await expect(page.getByRole('button', { name: /^Järjestä:/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Siirrä…/ })).toHaveCount(0);
  await expect(page.getByText('Hankkeita siirretään omassa järjestyksessä.')).toBeVisible();

  // Back to the manual order from the note: the handles return, and focus is on the switch.
  await page.getByRole('button', { name: 'Näytä oma järjestys' }).click();
  await expect(page).not.toHaveURL(/order=score/);
  await expect(order.getByRole('radio', { name: 'oma järjestys' })).toBeFocused();
  await expect(order.getByRole('radio', { name: 'oma järjestys' })).toBeChecked();
  await expect(page.getByRole('button', { name: /^Järjestä:/ }).first()).toBeVisible();
});
