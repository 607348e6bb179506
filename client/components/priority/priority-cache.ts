import type { QueryClient } from '@tanstack/react-query';
import type { Initiative } from '../../../shared/initiative.ts';
import { trpc } from '../../lib/trpc.ts';

/**
 * After a priority write (a move, new scores): the initiative's cached read takes the new
 * priority version at once, so a second write right after does not conflict with our own first
 * one, and everything that shows priority (the page, the list, the board, the decision log,
 * the comparison) is fetched anew.
 */
export function afterPriorityWrite(
  queryClient: QueryClient,
  id: string,
  patch: Partial<Pick<Initiative, 'priorityVersion' | 'tier' | 'scores'>>,
): Promise<unknown> {
  queryClient.setQueryData(trpc.initiative.get.queryKey({ id }), (current) =>
    current ? { ...current, ...patch } : current,
  );
  return Promise.all([
    queryClient.invalidateQueries(trpc.initiative.pathFilter()),
    queryClient.invalidateQueries(trpc.board.pathFilter()),
    queryClient.invalidateQueries(trpc.scoring.compare.pathFilter()),
  ]);
}

/** After a CONFLICT: the latest priority, fetched now. */
export function refetchPriority(queryClient: QueryClient, id: string): Promise<unknown> {
  return Promise.all([
    queryClient.refetchQueries(trpc.initiative.get.queryFilter({ id })),
    queryClient.invalidateQueries(trpc.board.pathFilter()),
  ]);
}
