import { describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from '../../shared/codes.ts';
import { fieldLabel, INITIATIVE_FIELD_REGISTRY } from '../../shared/initiative-fields.ts';
import {
  excelDate,
  formatDate,
  formatTimestamp,
  helsinkiWallClock,
  type InitiativeColumn,
  initiativeColumns,
} from './initiative-columns.ts';
import { testInitiative, testInitiatives } from './test-pack.ts';

const cellOf = (language: Language, key: string, initiative = testInitiative()) => {
  const column = initiativeColumns(language).find((c) => c.key === key);
  if (!column) throw new Error(`No column ${key}`);
  return { column, value: column.value(initiative) };
};

describe('initiativeColumns', () => {
  it('has a column for every registry field, headed by its label, in the registry order', () => {
    for (const language of LANGUAGES) {
      const columns = initiativeColumns(language);
      const keys = columns.map((c) => c.key);
      expect(new Set(keys).size).toBe(keys.length);
      const fieldsInOrder = [...new Set(keys.map((key) => key.split('.')[0]))].filter(
        (key) => key !== 'weightedScore' && key !== 'nearestEuDeadline',
      );
      expect(fieldsInOrder).toEqual(INITIATIVE_FIELD_REGISTRY.map((d) => d.key));
      for (const definition of INITIATIVE_FIELD_REGISTRY) {
        const first = columns.find((c) => c.key === definition.key || c.key.startsWith(`${definition.key}.`));
        expect(first?.header).toContain(fieldLabel(definition.key, language));
      }
    }
  });

  it('gives a localized text one column per language and a health assessment four', () => {
    const headers = initiativeColumns('sv').map((c) => c.header);
    expect(headers).toContain('Namn (finska)');
    expect(headers).toContain('Namn (svenska)');
    expect(headers).toContain('Namn (engelska)');
    expect(cellOf('en', 'title.fi').value).toBe('Kyberturvallisuuslain päivitys; "NIS2" ä ö å');
    expect(cellOf('en', 'summary.en').value).toBeNull();
    const health = initiativeColumns('fi').filter((c) => c.key.startsWith('digitoimistoHealth'));
    expect(health.map((c) => [c.header, c.value(testInitiative())])).toEqual([
      ['Digitoimiston tilannearvio', 'Punainen'],
      ['Digitoimiston tilannearvio: perustelu', '-2'],
      ['Digitoimiston tilannearvio: päivämäärä', '2026-11-20'],
      ['Digitoimiston tilannearvio: arvioija', 'Digitoimisto'],
    ]);
  });

  it('writes codes as labels in the language and ministries as codes', () => {
    expect(cellOf('fi', 'status').value).toBe('Käynnissä');
    expect(cellOf('sv', 'status').value).toBe('Pågående');
    expect(cellOf('en', 'tier').value).toBe('Critical');
    expect(cellOf('fi', 'themes').value).toBe('Kyberturvallisuus, Julkiset palvelut');
    expect(cellOf('fi', 'preparationStage').value).toBe('Lausuntokierros');
    expect(cellOf('fi', 'leadMinistry').value).toBe('LVM');
    expect(cellOf('fi', 'participatingMinistries').value).toBe('SM, VM');
    expect(cellOf('fi', 'participatingMinistries', testInitiatives()[1]).value).toBeNull();
  });

  it('types dates, timestamps, euros and numbers, so renderers write real cells', () => {
    const types = (keys: string[]) =>
      keys.map((key) => {
        const { column, value } = cellOf('fi', key);
        return [column.type, value];
      });
    expect(types(['startDate', 'createdAt', 'budgetCents', 'weightedScore', 'nearestEuDeadline'])).toEqual([
      ['date', '2024-01-15'],
      ['timestamp', new Date('2024-01-10T08:30:00Z')],
      ['euros', 1_250_000.5],
      ['number', 82],
      ['date', '2027-01-17'],
    ]);
    expect(cellOf('fi', 'budgetCents', testInitiatives()[2]).value).toBeNull();
    expect(cellOf('fi', 'budgetCents', testInitiatives()[1]).value).toBe(0);
  });

  it('summarises milestones, EU impacts, links and scores as text', () => {
    expect(cellOf('fi', 'milestones').value).toBe('Lausuntokierros 1.3.2026 ✓; Hallituksen esitys 15.1.2027');
    expect(cellOf('en', 'milestones').value).toBe(
      'Lausuntokierros 1 Mar 2026 ✓; Hallituksen esitys 15 Jan 2027',
    );
    expect(cellOf('fi', 'euImpacts').value).toBe(
      'NIS2 (Toimeenpanee, 17.1.2027): Kansallinen täytäntöönpano',
    );
    expect(cellOf('en', 'euImpacts', testInitiatives()[1]).value).toBe('AI Act (Affected by)');
    expect(cellOf('fi', 'links').value).toBe(
      'Hankeikkuna (https://valtioneuvosto.fi/hanke?tunnus=LVM046:00/2024)',
    );
    expect(cellOf('fi', 'scores').value).toBe('Yhteiskunnallinen vaikuttavuus 5; EU-kiireellisyys 4');
    expect(cellOf('fi', 'contact').value).toBe('Märta Åberg');
    expect(cellOf('fi', 'contact.email').value).toBe('marta.aberg@gov.fi');
  });

  it('says archived in words', () => {
    const [active, , archived] = testInitiatives() as [never, never, never];
    expect(cellOf('fi', 'archived', active).value).toBe('Ei');
    expect(cellOf('sv', 'archived', archived).value).toBe('Ja');
  });

  it('gives every column of every fixture a value of its type', () => {
    const ok: Record<InitiativeColumn['type'], (v: unknown) => boolean> = {
      text: (v) => typeof v === 'string' && v !== '',
      date: (v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v),
      timestamp: (v) => v instanceof Date,
      euros: (v) => typeof v === 'number',
      number: (v) => typeof v === 'number',
    };
    for (const initiative of testInitiatives()) {
      for (const column of initiativeColumns('fi')) {
        const value = column.value(initiative);
        if (value !== null) expect(ok[column.type](value), column.key).toBe(true);
      }
    }
  });
});

describe('dates', () => {
  it('writes d.M.yyyy in Finnish and Swedish and a short month in English', () => {
    expect(formatDate('2026-12-02', 'fi')).toBe('2.12.2026');
    expect(formatDate('2026-12-02', 'sv')).toBe('2.12.2026');
    expect(formatDate('2026-12-02', 'en')).toBe('2 Dec 2026');
    expect(formatDate('2027-09-30', 'en')).toBe('30 Sep 2027');
    expect(formatDate('2027-01-05', 'fi')).toBe('5.1.2027');
  });

  it('puts a day at midnight UTC and a timestamp at Helsinki wall-clock time, summer and winter', () => {
    expect(excelDate('2026-12-02').toISOString()).toBe('2026-12-02T00:00:00.000Z');
    expect(helsinkiWallClock(new Date('2026-12-01T22:30:00Z')).toISOString()).toBe(
      '2026-12-02T00:30:00.000Z',
    );
    expect(helsinkiWallClock(new Date('2026-06-30T21:15:00Z')).toISOString()).toBe(
      '2026-07-01T00:15:00.000Z',
    );
    // The day the clocks turn (29 March 2026, at 01:00 UTC): either side of the turn.
    expect(helsinkiWallClock(new Date('2026-03-29T00:30:00Z')).toISOString()).toBe(
      '2026-03-29T02:30:00.000Z',
    );
    expect(helsinkiWallClock(new Date('2026-03-29T01:30:00Z')).toISOString()).toBe(
      '2026-03-29T04:30:00.000Z',
    );
    expect(helsinkiWallClock(new Date('2026-10-25T00:59:59.500Z')).toISOString()).toBe(
      '2026-10-25T03:59:59.500Z',
    );
    expect(helsinkiWallClock(new Date('2026-10-25T01:00:00Z')).toISOString()).toBe(
      '2026-10-25T03:00:00.000Z',
    );
    expect(formatTimestamp(new Date('2026-12-01T14:05:00Z'), 'fi')).toBe('1.12.2026 16.05');
    expect(formatTimestamp(new Date('2026-12-01T07:05:00Z'), 'en')).toBe('1 Dec 2026 09:05');
  });
});
