import { useQuery } from '@tanstack/react-query';
import { euActSlug, isEuActId } from '../../shared/eu-act.ts';
import { bodySlug, type InitiativeFilter } from '../../shared/initiative-filter.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { chipLabels, type FilterChip, filterChips } from './filter-chips.ts';
import { useSnapshotId } from './snapshot-mode.tsx';
import { trpc } from './trpc.ts';

/**
 * The chips of a filter in the UI language. EU acts are named by their short names from the
 * catalogue (links name them by slug, `AI-Act`, or in old links by id); until it answers, a slug
 * is shown as it is. Cooperation bodies the same way, from the cooperation catalogue (slugs
 * compared without regard to case, as the server matches them).
 */
export function useFilterChips(filter: InitiativeFilter): FilterChip[] {
  const { t } = useI18n();
  const euActs = useQuery({ ...trpc.euAct.list.queryOptions(), enabled: (filter.euActs?.length ?? 0) > 0 });
  const name = (ref: string) =>
    euActs.data?.find((act) => act.id === ref || euActSlug(act.shortName) === ref)?.shortName ??
    (isEuActId(ref) ? undefined : ref);
  const snapshotId = useSnapshotId();
  const bodies = useQuery({
    ...trpc.cooperation.body.list.queryOptions(snapshotId ? { snapshotId } : undefined),
    enabled: (filter.bodies?.length ?? 0) > 0,
  });
  const bodyName = (ref: string) =>
    bodies.data?.find(
      (body) => body.id === ref || bodySlug(body.shortName).toLowerCase() === ref.toLowerCase(),
    )?.shortName ?? (isEuActId(ref) ? undefined : ref);
  return filterChips(filter, chipLabels(t, name, bodyName));
}
