import { describe, expect, it } from 'vitest';
import { INITIATIVE_FIELD_REGISTRY } from './initiative-fields.ts';
import { LOCALIZED_FIELDS, lacksTranslation } from './missing-translations.ts';

const text = (fi: string, sv: string | null = null, en: string | null = null) => ({ fi, sv, en });

describe('lacksTranslation', () => {
  it('checks every localized field of the registry: the title and the summary', () => {
    expect(LOCALIZED_FIELDS).toEqual(['title', 'summary']);
    expect(LOCALIZED_FIELDS).toEqual(
      INITIATIVE_FIELD_REGISTRY.filter((f) => f.kind === 'localizedText').map((f) => f.key),
    );
  });

  it('is true when any content text lacks the language, false when all have it', () => {
    const whole = {
      title: text('Nimi', 'Namn', 'Name'),
      summary: text('Tiivistelmä', 'Sammandrag', 'Summary'),
    };
    expect(lacksTranslation(whole, 'sv')).toBe(false);
    expect(lacksTranslation(whole, 'en')).toBe(false);
    const noSwedishSummary = { ...whole, summary: text('Tiivistelmä', null, 'Summary') };
    expect(lacksTranslation(noSwedishSummary, 'sv')).toBe(true);
    expect(lacksTranslation(noSwedishSummary, 'en')).toBe(false);
    const noEnglishTitle = { ...whole, title: text('Nimi', 'Namn', '') };
    expect(lacksTranslation(noEnglishTitle, 'en')).toBe(true);
    expect(lacksTranslation(noEnglishTitle, 'sv')).toBe(false);
  });

  it('counts white space alone as missing, as the data-quality flags do', () => {
    const blank = { title: text('Nimi', ' \u00a0\n', 'Name'), summary: text('T', 'S', 'E') };
    expect(lacksTranslation(blank, 'sv')).toBe(true);
  });
});
