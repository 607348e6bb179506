import { useMutation, useMutationState, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { BoardGetInput, BoardMoveInput } from '../../shared/board.ts';
import { applyMove } from '../components/board/board-moves.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { errorCode, isNetworkError, trpc } from './trpc.ts';

/**
 * board.move with an optimistic update: the card is in its new place at once (cancel, snapshot,
 * set); a refusal puts the snapshot back and says why through `onFailure`; CONFLICT (someone
 * moved it, or its neighbour, first) also refetches the board. Once the last move in flight has
 * settled the board is refetched for what the server computes (positions, the place marker).
 */
export function useBoardMove(board: BoardGetInput, onFailure: (message: string) => void) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const key = trpc.board.get.queryKey(board);
  const moveKey = trpc.board.move.mutationKey();
  const mutation = useMutation(
    trpc.board.move.mutationOptions({
      onMutate: async (input) => {
        await queryClient.cancelQueries(trpc.board.get.pathFilter());
        const previous = queryClient.getQueryData(key);
        queryClient.setQueryData(key, (old) => old && { ...old, columns: applyMove(old.columns, input) });
        return { previous };
      },
      onSuccess: (result, input) => {
        // The next move of the same card must carry its new version, refetch or not.
        queryClient.setQueryData(
          key,
          (old) =>
            old && {
              ...old,
              columns: old.columns.map((column) => ({
                ...column,
                cards: column.cards.map((card) =>
                  card.id === input.id
                    ? { ...card, priorityVersion: result.priorityVersion, rank: result.rank }
                    : card,
                ),
              })),
            },
        );
      },
      onError: (error, _input, context) => {
        if (context?.previous) queryClient.setQueryData(key, context.previous);
        const code = errorCode(error);
        if (code === 'CONFLICT') {
          void queryClient.invalidateQueries(trpc.board.get.pathFilter());
          onFailure(t('board.move.conflict'));
        } else {
          onFailure(
            t('board.move.failed', {
              message: isNetworkError(error) ? t('common.noConnection') : error.message,
            }),
          );
        }
      },
      onSettled: () => {
        if (queryClient.isMutating({ mutationKey: moveKey }) === 1) {
          void queryClient.invalidateQueries(trpc.board.get.pathFilter());
        }
        void queryClient.invalidateQueries(trpc.board.decisions.pathFilter());
        // The list's tier column and the initiative page's priority and history.
        void queryClient.invalidateQueries(trpc.initiative.pathFilter());
      },
    }),
  );
  const saving = useMutationState({
    filters: { mutationKey: moveKey, status: 'pending' },
    select: (m) => (m.state.variables as BoardMoveInput | undefined)?.id ?? '',
  });
  const savingIds = useMemo(() => new Set(saving), [saving]);
  return { move: (input: BoardMoveInput) => mutation.mutate(input), savingIds };
}
