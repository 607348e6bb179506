import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, type Page, type TestInfo, test } from '@playwright/test';
import { signIn } from './helpers.ts';
import { expectNoSidewaysScroll } from './no-sideways-scroll.ts';
import { settle } from './page-urls.ts';

/**
 * Reflow (WCAG 1.4.10) and 200 % zoom (1.4.4) of the three pages people look at most: full-page
 * screenshots at 320 and 1440 px for a person to look at, attached to the report and kept in
 * test-results/screenshots/, and no sideways scroll where the page must fit.
 */
const PAGES = [
  { name: 'overview', path: '/' },
  { name: 'list', path: '/initiatives' },
  { name: 'board', path: '/board' },
] as const;

const SHOTS = fileURLToPath(new URL('../test-results/screenshots/', import.meta.url));

async function visit(page: Page, path: string) {
  await page.goto(path);
  await settle(page);
  // The board counts its cards once they are there; the overview's charts follow in a chunk of
  // their own. The list is drawn with its h1.
  if (path === '/board') await page.getByText(/\d+ hanketta taululla/).waitFor();
  if (path === '/') {
    await expect
      .poll(() =>
        page.evaluate(() => {
          const figures = [...document.querySelectorAll('figure.chart-figure')];
          return figures.length > 0 && figures.every((figure) => figure.querySelector('svg'));
        }),
      )
      .toBe(true);
  }
}

async function shoot(page: Page, testInfo: TestInfo, name: string) {
  const path = `${SHOTS}${name}.png`;
  // The board's cards skip painting while off the screen (content-visibility: auto), and a full-page
  // capture is mostly off the screen: painted here as a person scrolling would see them. (Through
  // the CSSOM: the security policy refuses an injected style sheet.)
  await page.evaluate(() => {
    for (const card of document.querySelectorAll<HTMLElement>('.board-card'))
      card.style.contentVisibility = 'visible';
  });
  await page.screenshot({ path, fullPage: true });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

test.beforeAll(() => mkdirSync(SHOTS, { recursive: true }));

test('at 320 px the overview, the list and the board fit the width; screenshots at 320 and 1440 px', async ({
  page,
}, testInfo) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await signIn(page, 'coordinator', '/', 'Tilannekuva');
  for (const { name, path } of PAGES) {
    await visit(page, path);
    await expectNoSidewaysScroll(page, `${path} at 320 px`);
    await shoot(page, testInfo, `${name}-320`);
  }
  await page.setViewportSize({ width: 1440, height: 900 });
  for (const { name, path } of PAGES) {
    await visit(page, path);
    await shoot(page, testInfo, `${name}-1440`);
  }
});

test('at 200 % zoom (640 px at device scale 2) the same pages do not scroll sideways', async ({
  browser,
}, testInfo) => {
  const context = await browser.newContext({
    viewport: { width: 640, height: 450 },
    deviceScaleFactor: 2,
    // A context of its own (the scale is fixed per context): the config's options by hand.
    baseURL: testInfo.project.use.baseURL,
    locale: 'fi-FI',
  });
  const page = await context.newPage();
  await signIn(page, 'coordinator', '/', 'Tilannekuva');
  for (const { name, path } of PAGES) {
    await visit(page, path);
    await expectNoSidewaysScroll(page, `${path} at 200 %`);
    await shoot(page, testInfo, `${name}-zoom200`);
  }
  await context.close();
});
