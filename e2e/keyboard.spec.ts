import { expect, type Locator, type Page, test } from '@playwright/test';
import { expectVisibleFocus, press, signInByKeyboard, tabTo } from './keyboard-focus.ts';

/**
 * The main flows with the keyboard only (WCAG 2.1.1, 2.4.3, 2.4.7): Tab, Shift+Tab, Enter,
 * Space, arrows and Escape — no clicks, no fill, no focus() — with the focus indicator checked
 * at every stop. page.goto only where a person would type an address.
 */

const nav = (page: Page) => page.getByRole('navigation', { name: 'Päävalikko' });
const h1 = (page: Page) => page.getByRole('heading', { level: 1 });
const liveRegion = (page: Page) => page.locator('[id^="DndLiveRegion"]');

/**
 * Enter on a link inside the page: the old page and its link go, and focus is on nothing until
 * the new page's h1 takes it (it may come with the data).
 */
async function follow(page: Page, step: string) {
  await page.keyboard.press('Enter');
  await expect(h1(page)).toBeFocused();
  await expectVisibleFocus(page, step);
}

/** Moves through the main menu to `link` and opens it; focus lands on the new page's h1. */
async function openFromMenu(page: Page, link: string, heading: string | RegExp, back = false) {
  await tabTo(page, nav(page).getByRole('link', { name: link, exact: true }), { back });
  await press(page, 'Enter', `open ${link}`);
  await expect(h1(page)).toHaveText(heading);
  await expect(h1(page)).toBeFocused();
  await expectVisibleFocus(page, `the h1 of ${link}`);
}

test('sign in, skip to the content, reach the list by the menu, filter it, open an initiative and archive it', async ({
  page,
}) => {
  await signInByKeyboard(page, 'coordinator');

  // The skip link is the first stop, shows itself on the screen, and leads into main.
  const skip = page.getByRole('link', { name: 'Siirry sisältöön' });
  await press(page, 'Tab', 'first stop');
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await press(page, 'Enter', 'skip link');
  await expect(page.getByRole('main')).toBeFocused();
  await press(page, 'Tab', 'after the skip link');
  expect(await page.evaluate(() => document.getElementById('main')?.contains(document.activeElement))).toBe(
    true,
  );
  // Back from the first thing in main is the end of the menu, and the menu reads in its visual order.
  const links = nav(page).getByRole('link');
  const names = (await links.allTextContents()).map((name) => name.trim());
  await press(page, 'Shift+Tab', 'back out of main');
  await expect(links.last()).toBeFocused();
  const boxes = await Promise.all((await links.all()).map((link) => link.boundingBox()));
  const visual = names
    .map((name, i) => ({ name, y: Math.round(boxes[i]?.y ?? 0), x: boxes[i]?.x ?? 0 }))
    .sort((a, b) => a.y - b.y || a.x - b.x)
    .map(({ name }) => name);
  expect(names).toEqual(visual);
  const stops = await tabTo(page, links.filter({ hasText: /^Hankkeet$/ }), { back: true });
  expect(stops.length).toBe(names.length - 1 - names.indexOf('Hankkeet'));

  await press(page, 'Enter', 'open the list');
  await expect(page).toHaveURL(/\/initiatives$/);
  await expect(h1(page)).toHaveText('Hankkeet');
  await expect(h1(page)).toBeFocused();

  // A filter by Space: the address changes, focus stays on the box.
  const statusGroup = page
    .locator('details.filter')
    .filter({ has: page.locator('summary', { hasText: /^Tila( \(\d+\))?$/ }) });
  await tabTo(page, statusGroup.locator('summary'));
  await press(page, 'Enter', 'open the status filter');
  const ongoing = statusGroup.getByRole('checkbox', { name: 'Käynnissä' });
  await tabTo(page, ongoing);
  await press(page, 'Space', 'tick Käynnissä');
  await expect(page).toHaveURL(/[?&]status=ongoing\b/);
  await expect(page.getByRole('button', { name: 'Poista rajaus: Käynnissä' })).toBeVisible();
  await expect(ongoing).toBeChecked();
  await expect(ongoing).toBeFocused();

  // Past the filters and the table's heads to the first result; its page's h1 takes focus
  // once it arrives with the data.
  const first = page.locator('.initiative-table tbody a').first();
  const title = (await first.textContent())?.trim() ?? '';
  await tabTo(page, first, { max: 200 });
  await follow(page, 'open the initiative');
  await expect(page).toHaveURL(/\/initiatives\/[0-9a-f-]{36}$/);
  await expect(h1(page)).toHaveText(title);
  await expect(h1(page)).toBeFocused();
  await expectVisibleFocus(page, 'the initiative h1');

  // The archive confirmation: Escape gives focus back to its button; archiving swaps the
  // button for "restore", which takes the focus, and restoring swaps it back.
  const archive = page.getByRole('button', { name: 'Arkistoi', exact: true });
  await tabTo(page, archive);
  await press(page, 'Enter', 'ask to archive');
  const dialog = page.getByRole('dialog', { name: 'Arkistoidaanko hanke?' });
  await expect(dialog.getByRole('button', { name: 'Peruuta' })).toBeFocused();
  await press(page, 'Escape', 'cancel archiving');
  await expect(dialog).toBeHidden();
  await expect(archive).toBeFocused();
  await press(page, 'Enter', 'ask again');
  await press(page, 'Shift+Tab', 'to the confirm button');
  await expect(dialog.getByRole('button', { name: 'Arkistoi hanke' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Hanke arkistoitiin.' })).toBeVisible();
  const restore = page.getByRole('button', { name: 'Palauta arkistosta' });
  await expect(restore).toBeFocused();
  await expectVisibleFocus(page, 'after archiving');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Hanke palautettiin arkistosta.' })).toBeVisible();
  await expect(archive).toBeFocused();
  await expectVisibleFocus(page, 'after restoring');
});

/** A tier's column, by its heading ("Kriittinen 12 hanketta", "Kritisk 12 projekt"). */
const column = (page: Page, tier: string) => page.getByRole('region', { name: new RegExp(`^${tier} \\d+ `) });
const handles = (column: Locator) => column.locator('[data-handle-for]');
/** A card's title as its handle names it ("Järjestä: …", "Ordna: …"), in the UI language. */
const titleOf = async (handle: Locator) =>
  ((await handle.getAttribute('aria-label')) ?? '').replace(/^(Järjestä|Ordna): /, '');
const saved = (page: Page) => expect(page.getByText(/^(Tallennetaan|Sparas)…$/)).toHaveCount(0);

test('the board: a card changes tier by keyboard, announced in Finnish and in Swedish, and kept; its dialogs give focus back', async ({
  page,
}) => {
  await signInByKeyboard(page, 'coordinator');
  await openFromMenu(page, 'Priorisointi', 'Priorisointitaulu');
  await expect(page.getByText(/\d+ hanketta taululla/)).toBeVisible();

  // Finnish: the first critical card to "Korkea". Arrows across tiers are the same on every
  // board; the card carried to the next column keeps the focus ring on its handle.
  const handle = handles(column(page, 'Kriittinen')).first();
  const title = await titleOf(handle);
  const id = (await handle.getAttribute('data-handle-for')) ?? '';
  const finnishHandle = page.getByRole('button', { name: `Järjestä: ${title}` });
  await tabTo(page, handle);
  await press(page, 'Space', 'pick up');
  await expect(liveRegion(page)).toContainText(`Tartuit hankkeeseen ${title}. Taso Kriittinen, paikka 1/`);
  await press(page, 'ArrowRight', 'to the next tier');
  await expect(liveRegion(page)).toContainText(`${title}: taso Korkea, paikka`);
  await press(page, 'Space', 'drop');
  await expect(liveRegion(page)).toContainText(`Pudotit hankkeen ${title}: taso Korkea, paikka`);
  // The reason is asked: Escape undoes the move and gives focus back to the handle …
  const reason = page.getByRole('dialog', { name: 'Tason muutos' });
  await expect(reason.getByLabel('Perustelu (valinnainen)')).toBeFocused();
  await expectVisibleFocus(page, 'the reason field');
  await press(page, 'Escape', 'undo the move');
  await expect(reason).toBeHidden();
  await expect(handles(column(page, 'Kriittinen')).first()).toHaveAttribute(
    'aria-label',
    `Järjestä: ${title}`,
  );
  await expect(finnishHandle).toBeFocused();
  // … and the same move with a reason, saved with Enter, gives it back too.
  await press(page, 'Space', 'pick up again');
  await press(page, 'ArrowRight', 'to the next tier again');
  await press(page, 'Space', 'drop again');
  await expect(reason.getByLabel('Perustelu (valinnainen)')).toBeFocused();
  await page.keyboard.type('Näppäimistöllä siirretty');
  await page.keyboard.press('Enter');
  await expect(reason).toBeHidden();
  await expect(finnishHandle).toBeFocused();
  await expectVisibleFocus(page, 'after the reason');
  await expect(column(page, 'Korkea').getByRole('button', { name: `Järjestä: ${title}` })).toBeVisible();
  await saved(page);
  await page.reload();
  await expect(column(page, 'Korkea').getByRole('button', { name: `Järjestä: ${title}` })).toBeVisible();
  await expect(column(page, 'Kriittinen').getByRole('button', { name: `Järjestä: ${title}` })).toHaveCount(0);

  // Swedish, chosen from the language menu by keyboard: the same card back to "Kritisk".
  await tabTo(page, page.getByRole('button', { name: /^FI – / }));
  await press(page, 'Enter', 'open the language menu');
  await press(page, 'ArrowDown', 'to Swedish');
  await expect(page.getByRole('menuitem', { name: 'På svenska (SV)' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(h1(page)).toHaveText('Prioriteringstavla');
  await expectVisibleFocus(page, 'after choosing Swedish');
  // The same card, now named in Swedish.
  const swedish = column(page, 'Hög').locator(`[data-handle-for="${id}"]`);
  await expect(swedish).toHaveAttribute('aria-label', /^Ordna: /);
  const svTitle = await titleOf(swedish);
  await tabTo(page, swedish, { max: 200 });
  await press(page, 'Space', 'ta tag');
  await expect(liveRegion(page)).toContainText(`Du tog tag i projektet ${svTitle}. Nivå Hög, plats`);
  await press(page, 'ArrowLeft', 'to Kritisk');
  await expect(liveRegion(page)).toContainText(`${svTitle}: nivå Kritisk, plats`);
  await press(page, 'Space', 'släpp');
  await expect(liveRegion(page)).toContainText(`Du släppte projektet ${svTitle}: nivå Kritisk, plats`);
  await expect(liveRegion(page)).not.toContainText('Pudotit');
  const svReason = page.getByRole('dialog', { name: 'Ändrad nivå' });
  await expect(svReason.getByLabel('Motivering (frivillig)')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(svReason).toBeHidden();
  await expect(page.locator(`[data-handle-for="${id}"]`)).toBeFocused();
  await saved(page);
  await page.reload();
  await expect(column(page, 'Kritisk').locator(`[data-handle-for="${id}"]`)).toBeVisible();

  // The "Flytta…" dialog: Escape and a confirmed move both give focus back to its button.
  const menuButton = page.getByRole('button', { name: `Flytta… ${svTitle}` });
  await tabTo(page, menuButton, { max: 200 });
  await press(page, 'Enter', 'open the move dialog');
  const dialog = page.getByRole('dialog', { name: 'Flytta projektet' });
  await expect(dialog.getByLabel('Nivå')).toBeFocused();
  await press(page, 'Escape', 'close the move dialog');
  await expect(dialog).toBeHidden();
  await expect(menuButton).toBeFocused();
  await press(page, 'Enter', 'open it again');
  await tabTo(page, dialog.getByRole('radio', { name: 'Först' }));
  await tabTo(page, dialog.getByRole('button', { name: 'Flytta', exact: true }));
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(handles(column(page, 'Kritisk')).first()).toHaveAttribute('data-handle-for', id);
  await expect(menuButton).toBeFocused();
  await expectVisibleFocus(page, 'after the move dialog');
  await saved(page);
});

test('a snapshot is taken by keyboard: focus stays on its button while it saves, and leaving a snapshot view lands on the heading', async ({
  page,
}) => {
  await signInByKeyboard(page, 'coordinator');
  await openFromMenu(page, 'Tallennetut tilannekuvat', 'Tallennetut tilannekuvat');
  const label = `Näppäimistö ${Date.now()}`;
  await tabTo(page, page.getByRole('textbox', { name: /^Nimi/ }));
  await page.keyboard.type(label);
  await press(page, 'Tab', 'to the note');
  await page.keyboard.type('Otettu näppäimistöllä.');
  const submit = page.getByRole('button', { name: 'Ota tilannekuva' });
  await tabTo(page, submit);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: `Tilannekuva ”${label}” otettu.` })).toBeVisible();
  await expect(submit).toBeFocused();
  await expectVisibleFocus(page, 'after taking the snapshot');
  const card = page.locator('.snapshot-card').first();
  await expect(card.getByRole('heading', { level: 3 })).toHaveText(label);

  // Opening it is a move to another page (the overview as it was); back to now, the banner and
  // its button go, and focus goes to the page's heading.
  await tabTo(page, card.getByRole('link', { name: `Avaa ”${label}”` }));
  await follow(page, 'open the snapshot');
  await expect(page.getByText('Katselet tilannekuvaa')).toBeVisible();
  await expect(h1(page)).toBeFocused();
  await tabTo(page, page.getByRole('button', { name: 'Palaa nykytilaan' }), { back: true });
  await page.keyboard.press('Enter');
  await expect(page.getByText('Katselet tilannekuvaa')).toHaveCount(0);
  await expect(h1(page)).toBeFocused();
  await expectVisibleFocus(page, 'back to now');
});

test('a confirmation whose trigger goes away leaves focus where it was, not at the top of the page', async ({
  page,
}) => {
  await signInByKeyboard(page, 'coordinator');

  // Criteria: Escape returns to the remove button; a removal to the next criterion's.
  await openFromMenu(page, 'Painotukset', 'Painotukset ja kriteerit');
  await tabTo(page, page.getByRole('button', { name: 'Muokkaa kriteerejä' }));
  await press(page, 'Enter', 'edit the criteria');
  await expect(page.getByRole('heading', { level: 2, name: 'Muokkaa kriteerejä' })).toBeFocused();
  const removes = page.getByRole('button', { name: /^Poista kriteeri / });
  const second = (await removes.nth(1).getAttribute('aria-label')) ?? '';
  await tabTo(page, removes.first());
  await press(page, 'Enter', 'ask to remove');
  const confirm = page.getByRole('dialog', { name: /^Poistetaanko kriteeri/ });
  await expect(confirm.getByRole('button', { name: 'Peruuta' })).toBeFocused();
  await press(page, 'Escape', 'keep it');
  await expect(removes.first()).toBeFocused();
  await press(page, 'Enter', 'ask again');
  await press(page, 'Shift+Tab', 'to remove');
  await page.keyboard.press('Enter');
  await expect(confirm).toBeHidden();
  await expect(page.getByRole('button', { name: second })).toBeFocused();
  await expectVisibleFocus(page, 'after removing a criterion');
  // Not saved: the criteria stay as they were.

  // A benchmark's result: after removal its row goes, and focus is on the results' heading.
  await openFromMenu(page, 'Kansainvälinen yhteistyö', 'Kansainvälinen yhteistyö', true);
  await tabTo(page, page.locator('main a[href^="/cooperation/benchmarks/"]').first());
  await follow(page, 'open a benchmark');
  const removeResult = page.getByRole('button', { name: /^Poista \d{4}/ }).last();
  await tabTo(page, removeResult, { max: 200 });
  await press(page, 'Enter', 'ask to remove the result');
  const resultDialog = page.getByRole('dialog', { name: /^Poistetaanko painoksen/ });
  await press(page, 'Shift+Tab', 'to remove');
  await page.keyboard.press('Enter');
  await expect(resultDialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: /tulos poistettiin/ })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Tulokset' })).toBeFocused();
  await expectVisibleFocus(page, 'after removing a result');

  // An initiative's link to a body: the same, to the cooperation section's heading.
  await openFromMenu(page, 'Kansainvälinen yhteistyö', 'Kansainvälinen yhteistyö', true);
  await tabTo(page, page.locator('main a[href^="/cooperation/bodies/"]').first());
  await follow(page, 'open a body');
  await tabTo(page, page.locator('main a[href^="/initiatives/"]').first(), { max: 200 });
  await follow(page, 'open a linked initiative');
  const removeLink = page.getByRole('button', { name: /^Poista liitos: / }).first();
  await tabTo(page, removeLink, { max: 200 });
  await press(page, 'Enter', 'ask to remove the link');
  const linkDialog = page.getByRole('dialog', { name: /^Poistetaanko liitos/ });
  await press(page, 'Shift+Tab', 'to remove');
  await page.keyboard.press('Enter');
  await expect(linkDialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: /^Liitos poistettiin/ })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Kansainvälinen yhteistyö' })).toBeFocused();
  await expectVisibleFocus(page, 'after removing a link');
});

/** Every transition and animation now on the page longer than 10 ms, and every running one. */
function motion(): string[] {
  const seconds = (value: string) =>
    Math.max(
      ...value
        .split(',')
        .map((v) => (v.trim().endsWith('ms') ? Number.parseFloat(v) / 1000 : Number.parseFloat(v))),
    );
  const found = new Set<string>();
  for (const element of document.querySelectorAll('*')) {
    for (const pseudo of [null, '::before', '::after']) {
      const style = getComputedStyle(element, pseudo);
      const name = `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}${pseudo ?? ''}`;
      if (seconds(style.transitionDuration) > 0.01)
        found.add(`${name}: transition ${style.transitionDuration}`);
      if (style.animationName !== 'none' && seconds(style.animationDuration) > 0.01) {
        found.add(`${name}: animation ${style.animationName} ${style.animationDuration}`);
      }
    }
  }
  for (const animation of document.getAnimations()) {
    if (animation.playState === 'running') found.add(`running ${animation.constructor.name}`);
  }
  return [...found];
}

test('with reduced motion nothing moves: board drags and drops, menus and the loading spinner', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await signInByKeyboard(page, 'coordinator');
  await openFromMenu(page, 'Priorisointi', 'Priorisointitaulu');
  await expect(page.getByText(/\d+ hanketta taululla/)).toBeVisible();
  expect(await page.evaluate(motion), 'the board at rest').toEqual([]);

  // A keyboard drag: the lifted card jumps between places, and drops without sliding back.
  await tabTo(page, handles(column(page, 'Korkea')).first());
  await press(page, 'Space', 'pick up');
  await press(page, 'ArrowRight', 'to the next tier');
  await expect(liveRegion(page)).toContainText(': taso Keskitaso, paikka');
  expect(await page.evaluate(motion), 'while a card is dragged').toEqual([]);
  await press(page, 'Escape', 'cancel the drag');
  await expect(liveRegion(page)).toContainText('Siirto peruttiin.');
  expect(await page.evaluate(motion), 'as the card goes back').toEqual([]);

  // The language menu opens without motion.
  await tabTo(page, page.getByRole('button', { name: /^FI – / }), { back: true });
  await press(page, 'Enter', 'open the language menu');
  await expect(page.getByRole('menuitem', { name: 'På svenska (SV)' })).toBeVisible();
  expect(await page.evaluate(motion), 'the language menu').toEqual([]);
  await press(page, 'Escape', 'close the language menu');

  // The spinner of a page that waits for its data stays, but still.
  await page.route('**/trpc/**', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.fallback();
  });
  await tabTo(page, nav(page).getByRole('link', { name: 'Hankkeet', exact: true }));
  await page.keyboard.press('Enter');
  await expect(page.locator('.fi-loadingSpinner').first()).toBeVisible();
  expect(await page.evaluate(motion), 'the loading spinner').toEqual([]);
  await page.unrouteAll({ behavior: 'ignoreErrors' });
});
