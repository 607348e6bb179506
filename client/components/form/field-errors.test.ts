import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { benchmarkResultInputSchema } from '../../../shared/benchmark.ts';
import { bodyInputSchema } from '../../../shared/cooperation-body.ts';
import { isoDateSchema } from '../../../shared/dates.ts';
import { setValidationLanguage } from '../../../shared/validation-messages.ts';
import { catalogueTranslator } from '../../lib/catalogue-translator.ts';
import { parseDateText } from '../../lib/date-text.ts';
import { issueMessage } from './field-errors.ts';

const schema = z.object({ startDate: isoDateSchema });

/** What the form says about a date typed into a date input (which passes on ISO when it can). */
function messageFor(typed: string, language: 'fi' | 'sv' | 'en' = 'fi'): string {
  setValidationLanguage(language);
  const input = { startDate: parseDateText(typed) ?? typed };
  const result = schema.safeParse(input);
  if (result.success) return '';
  const [issue] = result.error.issues;
  if (!issue) return '';
  return issueMessage(issue, input, catalogueTranslator(language));
}

describe('issueMessage for dates', () => {
  it('asks for d.M.yyyy, not the ISO form, when the text is no date', () => {
    expect(messageFor('5/3/2026')).toBe('Kirjoita päivämäärä muodossa p.k.vvvv, esimerkiksi 1.12.2026.');
    expect(messageFor('maaliskuussa', 'sv')).toBe('Skriv datumet i formen d.m.åååå, till exempel 1.12.2026.');
    expect(messageFor('5.3', 'en')).toBe('Write the date as d.m.yyyy, for example 1.12.2026.');
  });

  it('names a date that does not exist, and gives the range as people write dates', () => {
    expect(messageFor('31.2.2026')).toBe('Päivämäärää ei ole olemassa.');
    expect(messageFor('1.1.1989')).toBe('Päivämäärän on oltava välillä 1.1.1990–31.12.2100.');
  });

  it('accepts a real date typed either way', () => {
    expect(messageFor('5.3.2026')).toBe('');
    expect(messageFor('2026-03-05')).toBe('');
  });
});

describe('issueMessage for the dates of bodies and benchmarks', () => {
  it('asks for d.M.yyyy in a body’s next meeting and a result’s publication day too', () => {
    setValidationLanguage('fi');
    const bodyDates = bodyInputSchema.safeParse({ ...bodyInput(), nextMeetingOn: 'ensi kuussa' });
    const [issue] = bodyDates.success ? [] : bodyDates.error.issues;
    expect(issue?.path).toEqual(['nextMeetingOn']);
    if (issue)
      expect(issueMessage(issue, { nextMeetingOn: 'ensi kuussa' }, catalogueTranslator('fi'))).toBe(
        'Kirjoita päivämäärä muodossa p.k.vvvv, esimerkiksi 1.12.2026.',
      );
    const result = benchmarkResultInputSchema.safeParse({
      edition: '2024',
      rank: 1,
      publishedOn: '5/3/2024',
    });
    const [resultIssue] = result.success ? [] : result.error.issues;
    expect(resultIssue?.path).toEqual(['publishedOn']);
    if (resultIssue)
      expect(issueMessage(resultIssue, { publishedOn: '5/3/2024' }, catalogueTranslator('en'))).toBe(
        'Write the date as d.m.yyyy, for example 1.12.2026.',
      );
  });
});

function bodyInput() {
  return { shortName: 'E-Leaders', name: { fi: 'Työryhmä' }, organisation: 'oecd', ministry: 'VM' };
}
