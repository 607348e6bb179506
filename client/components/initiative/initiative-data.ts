import type { Initiative, InitiativeData, InitiativeField } from '../../../shared/initiative.ts';
import { rebaseEdit } from '../../../shared/initiative-changes.ts';

/**
 * The editable fields of a read initiative: what an edit starts from (the `base` of a rebase)
 * and what a conflict compares. Drops the id, version and derived fields, and the act names
 * the server adds to impacts for display.
 */
export function toInitiativeData(initiative: Initiative): InitiativeData {
  return {
    projectNumber: initiative.projectNumber,
    caseNumbers: initiative.caseNumbers,
    title: initiative.title,
    summary: initiative.summary,
    kind: initiative.kind,
    track: initiative.track,
    themes: initiative.themes,
    leadMinistry: initiative.leadMinistry,
    participatingMinistries: initiative.participatingMinistries,
    status: initiative.status,
    preparationStage: initiative.preparationStage,
    ministryHealth: initiative.ministryHealth,
    digitoimistoHealth: initiative.digitoimistoHealth,
    tier: initiative.tier,
    startDate: initiative.startDate,
    endDate: initiative.endDate,
    budgetCents: initiative.budgetCents,
    fundingSources: initiative.fundingSources,
    contact: initiative.contact,
    links: initiative.links,
    milestones: initiative.milestones,
    euImpacts: initiative.euImpacts.map(({ euActShortName: _name, ...impact }) => impact),
  };
}

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
