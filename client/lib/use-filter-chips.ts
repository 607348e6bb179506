import { useQuery } from '@tanstack/react-query';
import { euActSlug, isEuActId } from '../../shared/eu-act.ts';
import type { InitiativeFilter } from '../../shared/initiative-filter.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { chipLabels, type FilterChip, filterChips } from './filter-chips.ts';
import { trpc } from './trpc.ts';

/**
 * The chips of a filter in the UI language. EU acts are named by their short names from the
 * catalogue (links name them by slug, `AI-Act`, or in old links by id); until it answers, a slug
 * is shown as it is.
 */
export function useFilterChips(filter: InitiativeFilter): FilterChip[] {
  const { t } = useI18n();
  const euActs = useQuery({ ...trpc.euAct.list.queryOptions(), enabled: (filter.euActs?.length ?? 0) > 0 });
  const name = (ref: string) =>
    euActs.data?.find((act) => act.id === ref || euActSlug(act.shortName) === ref)?.shortName ??
    (isEuActId(ref) ? undefined : ref);
  return filterChips(filter, chipLabels(t, name));
}
