/** The situational picture (issue 10): the overview's one answer, attention, radar, roadmap, and the overview's LCP. */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import type { Overview } from '../../shared/overview.ts';
import type { BenchRow, Figure } from '../row.ts';
import { formatMs, latencyStats } from '../stats.ts';
import { trpcQueryRows } from './trpc.ts';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
/** One ministry's share of the 10,000: about 2,000 initiatives, the LCP budget's size. */
const LCP_FILTER = { leadMinistries: ['LVM'] };
const LCP_PATH = '/?lead=LVM';

const describeOverview = (o: Overview) =>
  `${o.total.toLocaleString('en')} initiatives, ${o.byMinistry.length} ministries, ${o.euCoverage.length} acts`;

export const situationRows: BenchRow[] = [
  ...trpcQueryRows({
    id: 'overview-all',
    name: '`stats.overview`, every active initiative (about 10,000), 16 connections, p95',
    path: 'stats.overview',
    input: () => ({}),
    connections: 16,
    stat: 'p95',
    budget: { pglite: 50, postgres: 50 },
    describe: describeOverview,
  }),
  {
    // The read cache answers repeated reads; this is the aggregation itself, after each write.
    id: 'overview-after-write',
    name: '`stats.overview` of about 10,000 right after a write (a cache miss), 1 connection, p50',
    unit: 'ms',
    phase: 'online',
    async measure(context): Promise<Figure> {
      const { server } = context;
      const list = await server.trpcQuery<{ items: { id: string }[] }>('initiative.list', { limit: 1 });
      const first = list.data.items[0];
      if (!first) throw new Error('The list is empty.');
      const latencies: number[] = [];
      const rounds = context.quick ? 5 : 20;
      for (let round = 0; round < rounds; round += 1) {
        await server.trpcMutation('initiative.remove', { id: first.id });
        await server.trpcMutation('initiative.restore', { id: first.id });
        const started = performance.now();
        await server.trpcQuery('stats.overview', {});
        latencies.push(performance.now() - started);
      }
      const stats = latencyStats(latencies, 0, 0);
      return {
        value: stats.p50,
        detail: `${rounds} reads, each right after an archive and a restore; p95 ${formatMs(stats.p95)} ms`,
        extra: { stats },
      };
    },
  },
  ...trpcQueryRows({
    id: 'attention-all',
    name: '`stats.attention`, first 50 of every active initiative, 16 connections, p95',
    path: 'stats.attention',
    input: () => ({ limit: 50 }),
    connections: 16,
    stat: 'p95',
    budget: { pglite: 50, postgres: 50 },
  }),
  ...trpcQueryRows({
    id: 'radar-all',
    name: '`stats.radar`, the whole catalogue over every active initiative, 16 connections, p95',
    path: 'stats.radar',
    input: () => ({}),
    connections: 16,
    stat: 'p95',
    budget: { pglite: 50, postgres: 50 },
  }),
  ...trpcQueryRows({
    id: 'roadmap-ministry',
    name: '`stats.roadmap`, one ministry (about 2,000) by ministry, 16 connections, p95',
    path: 'stats.roadmap',
    input: () => ({ filter: LCP_FILTER }),
    connections: 16,
    stat: 'p95',
    budget: { pglite: 50, postgres: 50 },
  }),
  {
    id: 'overview-lcp',
    name: 'overview page (`/`, one ministry: about 2,000 initiatives), largest contentful paint in headless Chromium, median of 5',
    unit: 'ms',
    budget: { pglite: 1000, postgres: 1000 },
    phase: 'online',
    async measure(context): Promise<Figure> {
      if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: apt-get install -y chromium`);
      const { server } = context;
      const probe = await server.trpcQuery<Overview>('stats.overview', { filter: LCP_FILTER });
      const browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
      });
      try {
        const [name, value] = (server.headers().cookie ?? '').split('=');
        const url = new URL(server.origin);
        const samples: number[] = [];
        const runs = context.quick ? 3 : 5;
        // One unmeasured visit first, as the other rows warm up: the server's first answer, not the browser's.
        for (let run = 0; run <= runs; run += 1) {
          // A fresh browser context each time: no HTTP cache, as on a first visit of the day.
          const page = await browser.newPage({ locale: 'fi-FI', viewport: { width: 1440, height: 900 } });
          await page
            .context()
            .addCookies([{ name: name ?? '', value: value ?? '', domain: url.hostname, path: '/' }]);
          await page.addInitScript(() => {
            const w = window as unknown as { lcp: number };
            w.lcp = 0;
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries()) w.lcp = Math.max(w.lcp, entry.startTime);
            }).observe({ type: 'largest-contentful-paint', buffered: true });
          });
          await page.goto(`${server.origin}${LCP_PATH}`);
          await page.locator('.kpi-tiles').waitFor();
          await page.locator('.chart-figure').first().waitFor();
          // LCP entries are reported after the frame that painted them.
          await page.waitForTimeout(300);
          const lcp = await page.evaluate(() => (window as unknown as { lcp: number }).lcp);
          if (run > 0) samples.push(lcp);
          await page.close();
        }
        const stats = latencyStats(samples, 0, 0);
        return {
          value: stats.p50,
          detail: `${runs} cold visits (fresh browser context, signed in), 1440×900; ${probe.data.total.toLocaleString('en')} initiatives; slowest ${formatMs(Math.max(...samples))} ms`,
          extra: { samples },
        };
      } finally {
        await browser.close();
      }
    },
  },
];
