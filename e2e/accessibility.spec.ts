import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { messages } from '../client/i18n/all-languages.ts';
import type { Translation } from '../client/i18n/catalogue.ts';
import { PAGE_ROUTES, type PageRoute } from '../client/routes.ts';
import { E2E_PASSWORD } from '../playwright.config.ts';
import { LANGUAGES, type Language } from '../shared/language.ts';
import { collectIds, type Ids, settle, URLS } from './page-urls.ts';

/**
 * WCAG 2.1 A and AA, as axe-core checks them, on every page of the app and on each of its main
 * states (filters open, a card mid keyboard move, a chart as a table, an edit with errors, a
 * conflict, a snapshot and its changes, an import report, the dialogs), in Finnish, Swedish
 * and English. Each scan asserts zero violations; the page list is the router's own
 * (PAGE_ROUTES), so a new page without a scan fails here. The names of buttons and labels
 * come from the catalogue of the language under test, so each language walks the same states.
 */
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

// A state that cannot be reached fails at once, not at the end of the whole walk.
test.use({ actionTimeout: 15_000 });

interface Scans {
  page: Page;
  language: Language;
  /** Every scan, by "route" or "route: state". */
  done: string[];
}

/** One axe scan of what the page shows now: zero violations, each reported with where it is. */
async function scan(scans: Scans, where: string) {
  const result = await new AxeBuilder({ page: scans.page }).withTags(WCAG_21_AA).analyze();
  const found = result.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
        .slice(0, 3)
        .map((node) => `${node.target.join(' ')} ${node.failureSummary?.split('\n')[1]?.trim() ?? ''}`)
        .join(' | ')}`,
  );
  expect.soft(found, `${scans.language} ${where}: WCAG 2.1 AA violations`).toEqual([]);
  scans.done.push(where);
}

/** A catalogue text with its `{{placeholders}}` filled, for finding a control by its name. */
function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => values[key] ?? '');
}

async function signInAs(page: Page, m: Translation, username: string) {
  await page.getByLabel(m.common.login.username).fill(username);
  await page.getByLabel(m.common.login.password).fill(process.env.E2E_PASSWORD ?? E2E_PASSWORD);
  await page.getByRole('button', { name: m.common.login.submit, exact: true }).click();
  await expect(page.getByRole('navigation', { name: m.common.nav.mainNavigation })).toBeVisible();
  await settle(page);
}

async function visit(page: Page, url: string) {
  await page.goto(url);
  await settle(page);
}

/** The public pages: the statement, and the sign-in page clean and after a wrong password. */
async function signInStates(scans: Scans, m: Translation) {
  const { page } = scans;
  await visit(page, '/accessibility');
  await scan(scans, '/accessibility · signed out');
  await visit(page, '/');
  await scan(scans, 'sign-in');
  await page.getByLabel(m.common.login.username).fill('nobody');
  await page.getByLabel(m.common.login.password).fill('not-the-password');
  await page.getByRole('button', { name: m.common.login.submit, exact: true }).click();
  await expect(page.getByText(m.common.login.wrongCredentials)).toBeVisible();
  await scan(scans, 'sign-in · wrong password');
}

async function everyRoute(scans: Scans, ids: Ids) {
  for (const route of PAGE_ROUTES) {
    await visit(scans.page, URLS[route](ids));
    await scan(scans, route);
  }
}

async function listStates(scans: Scans, m: Translation) {
  const { page } = scans;
  await visit(page, '/initiatives?lead=LVM&status=ongoing&q=data');
  await expect(page.getByRole('region', { name: m.list.chips.region })).toBeVisible();
  await scan(scans, '/initiatives · filters and chips');
  const exportButton = page.getByRole('button', { name: m.snapshot.export.button });
  await exportButton.click();
  await expect(page.getByRole('form', { name: m.snapshot.export.heading })).toBeVisible();
  await scan(scans, '/initiatives · export panel open');
  await exportButton.click();
  await page.getByRole('button', { name: m.list.views.save, exact: true }).click();
  await expect(page.getByLabel(m.list.views.name)).toBeVisible();
  await scan(scans, '/initiatives · saving a view');
  await page.getByRole('button', { name: m.common.cancel, exact: true }).click();

  // A phone: the menu and the filters open.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByRole('button', { name: m.common.nav.menu }).click();
  await page.getByRole('button', { name: new RegExp(`^${m.list.filters}`) }).click();
  await scan(scans, '/initiatives · phone, menu and filters open');
  await page.setViewportSize({ width: 1280, height: 900 });
}

async function overviewStates(scans: Scans, m: Translation) {
  const { page } = scans;
  await visit(page, '/');
  const toggles = page.getByRole('button', { name: m.overview.showTable, exact: true });
  await expect(toggles.first()).toBeVisible();
  for (const toggle of await toggles.all()) await toggle.click();
  await expect(page.locator('figure table').first()).toBeVisible();
  await scan(scans, '/ · charts as tables');
}

async function boardStates(scans: Scans, m: Translation) {
  const { page } = scans;
  await visit(page, '/board');
  const handle = page.getByRole('button', { name: fill(m.board.card.dragHandle, { title: '' }) }).first();
  await handle.focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('[id^="DndLiveRegion"]')).not.toBeEmpty();
  await scan(scans, '/board · mid keyboard move');
  await page.keyboard.press('Escape');
  await page
    .getByRole('button', { name: new RegExp(`^${m.board.card.moveMenu}`) })
    .first()
    .click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await scan(scans, '/board · move dialog');
  await page.keyboard.press('Escape');
}

async function matrixStates(scans: Scans, m: Translation) {
  const { page } = scans;
  await visit(page, '/matrix');
  const asTable = page.getByRole('button', { name: m.scoring.matrix.showTable, exact: true });
  if (await asTable.count()) {
    await asTable.first().click();
    await scan(scans, '/matrix · as a table');
  }
}

/** The edit form with errors, then the conflict view: a second tab saves first. */
async function editStates(scans: Scans, m: Translation, ids: Ids) {
  const { page } = scans;
  const form = m.initiative.form;
  const edit = `/initiatives/${ids.initiative}/edit`;
  await visit(page, edit);
  const title = page.getByLabel(form.titleFi);
  const before = await title.inputValue();
  await title.fill('');
  await page.getByRole('button', { name: form.save, exact: true }).click();
  await expect(page.getByRole('alert').first()).toBeVisible();
  await scan(scans, '/initiatives/:id/edit · validation errors');
  await title.fill(before);

  const other = await page.context().newPage();
  await visit(other, edit);
  const summary = other.getByLabel(form.summaryFi);
  await summary.fill(`${await summary.inputValue()} (${scans.language})`);
  await other.getByRole('button', { name: form.save, exact: true }).click();
  await expect(other).toHaveURL(new RegExp(`/initiatives/${ids.initiative}$`));
  await other.close();

  const mine = page.getByLabel(form.summaryFi);
  await mine.fill(`${await mine.inputValue()} – ${scans.language}`);
  await page.getByRole('button', { name: form.save, exact: true }).click();
  await expect(page.getByRole('heading', { name: m.initiative.conflict.title })).toBeVisible();
  await scan(scans, '/initiatives/:id/edit · conflict');
}

async function snapshotStates(scans: Scans, m: Translation) {
  const { page } = scans;
  const label = `a11y ${scans.language} ${Date.now()}`;
  await visit(page, '/snapshots');
  await page.getByLabel(m.snapshot.create.label, { exact: true }).fill(label);
  await page.getByRole('button', { name: m.snapshot.create.submit, exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: label })).toBeVisible();
  await scan(scans, '/snapshots · taken');
  await page
    .getByRole('article', { name: label })
    .getByRole('link', { name: new RegExp(`^${m.snapshot.list.open}`) })
    .click();
  await expect(page.getByRole('region', { name: m.snapshot.banner.label })).toBeVisible();
  await settle(page);
  await scan(scans, '/ · snapshot banner');
  await page.getByRole('button', { name: m.snapshot.banner.back }).click();
  await expect(page.getByRole('region', { name: m.snapshot.banner.label })).toHaveCount(0);
}

/** The changes since the oldest snapshot (this run's edits are in it). */
async function changeStates(scans: Scans, m: Translation) {
  const { page } = scans;
  await visit(page, '/changes');
  const from = page.getByLabel(m.snapshot.changes.from, { exact: true });
  const options = await from.locator('option').all();
  const oldest = await options.at(-1)?.getAttribute('value');
  if (oldest) await from.selectOption(oldest);
  await settle(page);
  await scan(scans, '/changes · a diff');
}

async function importStates(scans: Scans, m: Translation) {
  const { page } = scans;
  await visit(page, '/import');
  await page.getByLabel(m.records.import.format).selectOption('csv');
  const sheet =
    'title_fi;summary_fi;kind;track;lead_ministry;status\n' +
    'Saavutettavuustesti;Tiivistelmä;development_project;public_administration;VM;ongoing\n' +
    ';Ei nimeä;development_project;public_administration;VM;ongoing\n';
  await page
    .getByLabel(m.common.file.choose)
    .setInputFiles({ name: 'salkku.csv', mimeType: 'text/csv', buffer: Buffer.from(sheet) });
  await page.getByRole('button', { name: m.records.import.preview, exact: true }).click();
  await expect(page.getByRole('status')).toContainText(m.records.import.rejectedBlock);
  await scan(scans, '/import · report');
}

async function adminStates(scans: Scans, m: Translation) {
  const { page } = scans;
  await visit(page, '/admin/users');
  await page.getByRole('button', { name: m.admin.create.open, exact: true }).click();
  const form = page.getByRole('form', { name: m.admin.create.heading });
  await expect(form).toBeVisible();
  await scan(scans, '/admin/users · add form');
  await form.getByLabel(m.admin.field.username).fill(`a11y.${scans.language}`);
  await form.getByLabel(m.admin.field.displayName, { exact: true }).fill('A11y');
  await form.getByLabel(m.admin.field.password).fill('too short');
  await form.getByRole('button', { name: m.admin.create.submit, exact: true }).click();
  await expect(form.locator('[aria-invalid="true"]').first()).toBeVisible();
  await scan(scans, '/admin/users · add form with errors');
  await page
    .getByRole('button', { name: new RegExp(`^${m.admin.edit.open} `) })
    .first()
    .click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await scan(scans, '/admin/users · edit dialog');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
}

for (const language of LANGUAGES) {
  test(`no WCAG 2.1 A or AA violation on any page or state, in ${language}`, async ({ page }) => {
    // About forty scans with their set-up.
    test.setTimeout(300_000);
    const m = messages[language];
    await page.addInitScript((chosen) => localStorage.setItem('digisalkku.language', chosen), language);
    await page.setViewportSize({ width: 1280, height: 900 });
    const scans: Scans = { page, language, done: [] };

    await signInStates(scans, m);
    await signInAs(page, m, 'admin');
    const ids = await collectIds(page);
    await everyRoute(scans, ids);
    await listStates(scans, m);
    await overviewStates(scans, m);
    await boardStates(scans, m);
    await matrixStates(scans, m);
    await snapshotStates(scans, m);
    await editStates(scans, m, ids);
    await changeStates(scans, m);
    await importStates(scans, m);
    await adminStates(scans, m);

    // Every route of the router was scanned (a route added to PAGE_ROUTES but not to URLS fails
    // the type check; this is the same promise at run time).
    const routes = new Set<string>(scans.done.map((where) => where.split(' · ')[0] ?? where));
    expect(PAGE_ROUTES.filter((route: PageRoute) => !routes.has(route))).toEqual([]);
    test.info().annotations.push({
      type: 'scans',
      description: `${language}: ${scans.done.length} scans (${PAGE_ROUTES.length} pages, ${scans.done.length - PAGE_ROUTES.length} states)`,
    });
    console.log(`axe ${language}: ${scans.done.length} scans — ${scans.done.join(', ')}`);
  });
}
