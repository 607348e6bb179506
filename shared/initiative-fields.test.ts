import { describe, expect, it } from 'vitest';
import { LANGUAGES } from './codes.ts';
import { INITIATIVE_FIELDS } from './initiative.ts';
import { fieldLabel, fieldsVisibleAs, INITIATIVE_FIELD_REGISTRY } from './initiative-fields.ts';

describe('the field registry', () => {
  it('knows every editable field of an initiative, once', () => {
    const keys = INITIATIVE_FIELD_REGISTRY.map((d) => d.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const field of INITIATIVE_FIELDS) expect(keys, field).toContain(field);
  });

  it('labels every field in Finnish, Swedish and English, never with its key', () => {
    for (const definition of INITIATIVE_FIELD_REGISTRY) {
      for (const language of LANGUAGES) {
        const label = fieldLabel(definition.key, language);
        expect(label.trim(), `${definition.key} ${language}`).not.toBe('');
        expect(label, `${definition.key} ${language}`).not.toBe(definition.key);
      }
    }
    expect(fieldLabel('leadMinistry', 'sv')).toBe('Ansvarigt ministerium');
  });

  it("never makes Digitoimisto's judgement or the contacts public", () => {
    const published = fieldsVisibleAs('public').map((d) => d.key);
    for (const secret of ['digitoimistoHealth', 'tier', 'rank', 'scores', 'contact', 'budgetCents'] as const)
      expect(published).not.toContain(secret);
    expect(published).toEqual(expect.arrayContaining(['title', 'leadMinistry', 'status', 'euImpacts']));
    expect(fieldsVisibleAs('restricted')).toHaveLength(INITIATIVE_FIELD_REGISTRY.length);
  });
});
