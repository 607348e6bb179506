/** The prioritisation board under load, and a card's move (issue 9). */
import type { Board } from '../../shared/board.ts';
import type { BenchRow, Figure } from '../row.ts';
import { formatMs, latencyStats } from '../stats.ts';
import { trpcQueryRows } from './trpc.ts';

const describe = (board: Board) => `${board.total.toLocaleString('en')} cards`;

export const boardRows: BenchRow[] = [
  // The whole portfolio on one board: every active initiative is a card.
  ...trpcQueryRows({
    id: 'board-all',
    name: '`board.get`, every active initiative (about 10,000 cards), 16 connections, p95',
    path: 'board.get',
    input: () => ({ language: 'fi' }),
    connections: 16,
    stat: 'p95',
    budget: { pglite: 50, postgres: 50 },
    describe,
  }),
  // A ministry's board: about 2,000 cards at 10,000 initiatives.
  ...trpcQueryRows({
    id: 'board-ministry',
    name: '`board.get`, one ministry (about 2,000 cards), 16 connections, p95',
    path: 'board.get',
    input: () => ({ filter: { leadMinistries: ['LVM'] }, language: 'fi' }),
    connections: 16,
    stat: 'p95',
    budget: { pglite: 50, postgres: 50 },
    describe,
  }),
  {
    id: 'board-move',
    name: '`board.move`, a card to another place, 1 connection, p95',
    unit: 'ms',
    budget: { pglite: 30, postgres: 30 },
    phase: 'online',
    async measure(context): Promise<Figure> {
      const { server } = context;
      const board = (await server.trpcQuery<Board>('board.get', { filter: { leadMinistries: ['VM'] } })).data;
      const column = board.columns.find((c) => c.cards.length >= 3);
      if (!column) throw new Error('No tier has three cards to move between.');
      const [first, second] = column.cards as [
        Board['columns'][number]['cards'][number],
        ...typeof column.cards,
      ];
      let version = first.priorityVersion;
      const latencies: number[] = [];
      const rounds = context.quick ? 20 : 200;
      for (let round = 0; round < rounds; round += 1) {
        // Back and forth between the top of the tier and after the next card: one row each time.
        const place = round % 2 === 0 ? { afterId: second?.id } : { beforeId: second?.id };
        const started = performance.now();
        const moved = await server.trpcMutation<{ priorityVersion: number }>('board.move', {
          id: first.id,
          priorityVersion: version,
          tier: column.tier,
          ...place,
        });
        latencies.push(performance.now() - started);
        version = moved.priorityVersion;
      }
      const stats = latencyStats(latencies, 0, 0);
      return {
        value: stats.p95,
        detail: `${rounds} moves one after another in a tier of ${column.cards.length} cards; p50 ${formatMs(stats.p50)} ms`,
        extra: { stats },
      };
    },
  },
];
