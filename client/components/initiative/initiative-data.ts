import type { InitiativeData, InitiativeField } from '../../../shared/initiative.ts';
import { rebaseEdit } from '../../../shared/initiative-changes.ts';

/**
 * The user's edit re-applied on the newer version (see rebaseEdit). Where the user's health
 * assessment wins, it takes the newer version's date and author, so the server stamps the
 * assessment as the user's own instead of keeping a date the user never saw.
 */
export function rebaseForSave(
  base: InitiativeData,
  mine: InitiativeData,
  theirs: InitiativeData,
): { data: InitiativeData; overlapping: InitiativeField[] } {
  const { data, overlapping } = rebaseEdit(base, mine, theirs);
  for (const field of ['ministryHealth', 'digitoimistoHealth'] as const) {
    const ours = data[field];
    const newer = theirs[field];
    if (ours.rating !== newer.rating || ours.reason !== newer.reason) {
      data[field] = { ...ours, assessedOn: newer.assessedOn, assessedBy: newer.assessedBy };
    }
  }
  return { data, overlapping };
}
