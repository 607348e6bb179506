/**
 * The criteria form's drafts: what the server keeps (a missing translation stored as the
 * Finnish text) shown as an empty translation, and back to the saveCriteria input.
 */
import type { Criterion, CriterionDirection } from '../../../shared/scoring.ts';
import { CRITERION_KEY_PATTERN } from '../../../shared/scoring-criteria.ts';

export interface TextDraft {
  fi: string;
  sv: string;
  en: string;
}

export interface CriterionDraft {
  /** The draft's own id in the form (React's key): a new criterion has no key yet. */
  uid: string;
  key: string;
  /** A criterion added in this form: its key may still be typed. */
  isNew: boolean;
  name: TextDraft;
  direction: CriterionDirection;
  levels: TextDraft[];
}

/** The levels' numbers, 1–5. */
export const LEVEL_NUMBERS = [1, 2, 3, 4, 5] as const;
const LEVEL_COUNT = LEVEL_NUMBERS.length;

let drafted = 0;
const nextUid = () => `criterion-draft-${++drafted}`;

/** A stored text as the form shows it: a translation equal to the Finnish is a missing one. */
const textDraft = (text: { fi: string; sv?: string | null; en?: string | null }): TextDraft => ({
  fi: text.fi,
  sv: text.sv && text.sv !== text.fi ? text.sv : '',
  en: text.en && text.en !== text.fi ? text.en : '',
});

export function criterionDraft(criterion: Criterion): CriterionDraft {
  return {
    uid: nextUid(),
    key: criterion.key,
    isNew: false,
    name: textDraft(criterion.name),
    direction: criterion.direction,
    levels: Array.from({ length: LEVEL_COUNT }, (_, i) => textDraft(criterion.levels[i] ?? { fi: '' })),
  };
}

export function emptyCriterionDraft(): CriterionDraft {
  return {
    uid: nextUid(),
    key: '',
    isNew: true,
    name: { fi: '', sv: '', en: '' },
    direction: 'benefit',
    levels: Array.from({ length: LEVEL_COUNT }, () => ({ fi: '', sv: '', en: '' })),
  };
}

const input = (text: TextDraft) => ({
  fi: text.fi.trim(),
  sv: text.sv.trim() || null,
  en: text.en.trim() || null,
});

/** The drafts as the input of scoring.saveCriteria, in their order. */
export function criteriaInput(drafts: readonly CriterionDraft[]) {
  return drafts.map((draft) => ({
    key: draft.key.trim(),
    name: input(draft.name),
    levels: draft.levels.map(input),
    direction: draft.direction,
  }));
}

export type DraftProblem = 'key' | 'duplicateKey' | 'name' | 'level';

/** What is wrong with a draft before it is sent: a bad or repeated key, a missing Finnish name or level. */
export function draftProblems(drafts: readonly CriterionDraft[], index: number): DraftProblem[] {
  const draft = drafts[index];
  if (!draft) return [];
  const problems: DraftProblem[] = [];
  const key = draft.key.trim();
  if (!CRITERION_KEY_PATTERN.test(key)) problems.push('key');
  else if (drafts.some((other, i) => i !== index && other.key.trim() === key)) problems.push('duplicateKey');
  if (!draft.name.fi.trim()) problems.push('name');
  if (draft.levels.some((level) => !level.fi.trim())) problems.push('level');
  return problems;
}
