import { expect, type Page } from '@playwright/test';
import type { PageRoute } from '../client/routes.ts';

/** The ids of one of each kind of record in the demo portfolio, for the pages that show one. */
export interface Ids {
  initiative: string;
  euAct: string;
  body: string;
  benchmark: string;
}

/** A real URL for every page of the app; typed by the app's own list, so a new page must be added here. */
export const URLS: Record<PageRoute, (ids: Ids) => string> = {
  '/': () => '/',
  '/attention': () => '/attention',
  '/radar': () => '/radar',
  '/roadmap': () => '/roadmap',
  '/initiatives': () => '/initiatives',
  '/initiatives/new': () => '/initiatives/new',
  '/initiatives/:id': ({ initiative }) => `/initiatives/${initiative}`,
  '/initiatives/:id/edit': ({ initiative }) => `/initiatives/${initiative}/edit`,
  '/board': () => '/board',
  '/eu-acts': () => '/eu-acts',
  '/eu-acts/:id': ({ euAct }) => `/eu-acts/${euAct}`,
  '/cooperation': () => '/cooperation',
  '/cooperation/bodies/:id': ({ body }) => `/cooperation/bodies/${body}`,
  '/cooperation/benchmarks/:id': ({ benchmark }) => `/cooperation/benchmarks/${benchmark}`,
  '/import': () => '/import',
  '/weightings': () => '/weightings',
  '/weightings/compare': () => '/weightings/compare',
  '/matrix': () => '/matrix',
  '/snapshots': () => '/snapshots',
  '/changes': () => '/changes',
  '/admin/users': () => '/admin/users',
  '/accessibility': () => '/accessibility',
  '*': () => '/no-such-page',
};

/** Waits until the page shows its h1 and nothing is loading any more, in any UI language. */
export async function settle(page: Page) {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText(/^(Ladataan|Laddar|Loading)…$/)).toHaveCount(0);
}

/** Reads a record id of each kind off the list pages (signed in): the first link to one. */
export async function collectIds(page: Page): Promise<Ids> {
  const idAt = async (path: string, prefix: string) => {
    await page.goto(path);
    await settle(page);
    const link = page.locator(`a[href^="${prefix}"]`).first();
    await expect(link).toBeAttached();
    const hrefs = await page
      .locator(`a[href^="${prefix}"]`)
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    // Not "/initiatives/new": a record's address ends in its id.
    const id = hrefs.map((href) => href.slice(prefix.length)).find((rest) => UUID.test(rest));
    expect(id, `a link to a record under ${prefix} on ${path}`).toBeTruthy();
    return id ?? '';
  };
  return {
    initiative: await idAt('/initiatives', '/initiatives/'),
    euAct: await idAt('/eu-acts', '/eu-acts/'),
    body: await idAt('/cooperation', '/cooperation/bodies/'),
    benchmark: await idAt('/cooperation', '/cooperation/benchmarks/'),
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
