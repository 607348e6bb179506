import { describe, expect, it } from 'vitest';
import { DEFAULT_CRITERIA_DEFINITIONS } from '../../../shared/default-scoring.ts';
import { criteriaInput, criterionDraft, draftProblems, emptyCriterionDraft } from './criteria-draft.ts';
import { parseWeight } from './weight-input.ts';

describe('criteria drafts', () => {
  it('shows a translation stored as the Finnish text as a missing one, and sends it back as missing', () => {
    const stored = {
      ...(DEFAULT_CRITERIA_DEFINITIONS[0] as (typeof DEFAULT_CRITERIA_DEFINITIONS)[number]),
      name: { fi: 'Vaikuttavuus', sv: 'Vaikuttavuus', en: 'Impact' },
    };
    const draft = criterionDraft(stored);
    expect(draft.name).toEqual({ fi: 'Vaikuttavuus', sv: '', en: 'Impact' });
    const [input] = criteriaInput([draft]);
    expect(input?.name).toEqual({ fi: 'Vaikuttavuus', sv: null, en: 'Impact' });
    expect(input?.levels).toHaveLength(5);
  });

  it('round-trips the default criteria unchanged', () => {
    const input = criteriaInput(DEFAULT_CRITERIA_DEFINITIONS.map(criterionDraft));
    expect(input.map((c) => c.key)).toEqual(DEFAULT_CRITERIA_DEFINITIONS.map((c) => c.key));
    expect(input[4]?.direction).toBe('cost');
    expect(input[0]?.levels[4]?.en).toBe('Society-wide');
  });

  it('names what a new criterion still lacks, and a repeated key', () => {
    const drafts = [...DEFAULT_CRITERIA_DEFINITIONS.map(criterionDraft), emptyCriterionDraft()];
    expect(draftProblems(drafts, 0)).toEqual([]);
    expect(draftProblems(drafts, 5)).toEqual(['key', 'name', 'level']);
    const copy = { ...emptyCriterionDraft(), key: 'cost', name: { fi: 'Hinta', sv: '', en: '' } };
    copy.levels = copy.levels.map(() => ({ fi: 'x', sv: '', en: '' }));
    expect(draftProblems([...drafts.slice(0, 5), copy], 5)).toEqual(['duplicateKey']);
    expect(draftProblems([{ ...copy, key: 'Hinta' }], 0)).toEqual(['key']);
  });
});

describe('parseWeight', () => {
  it('takes whole numbers 0–100, and an empty box as 0', () => {
    expect(parseWeight('')).toBe(0);
    expect(parseWeight(' 35 ')).toBe(35);
    expect(parseWeight('100')).toBe(100);
    expect(parseWeight('101')).toBeNull();
    expect(parseWeight('-1')).toBeNull();
    expect(parseWeight('2.5')).toBeNull();
    expect(parseWeight('abc')).toBeNull();
  });
});
