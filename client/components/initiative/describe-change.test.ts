import { describe, expect, it } from 'vitest';
import type { Language } from '../../../shared/codes.ts';
import type { FieldChange } from '../../../shared/initiative-changes.ts';
import { messages } from '../../i18n/catalogue.ts';
import {
  actorLabel,
  type DescribeContext,
  describeChange,
  describeEvent,
  type HistoryEvent,
} from './describe-change.ts';

const AI_ACT = '0b9c6f1e-1111-4c1d-9e2a-000000000001';
const DATA_ACT = '0b9c6f1e-1111-4c1d-9e2a-000000000002';

/** The catalogue as the app reads it, without React: dotted keys, {{vars}}, one/other plurals. */
function context(language: Language): DescribeContext {
  const locale = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' }[language];
  const plurals = new Intl.PluralRules(locale);
  return {
    language,
    t(key, vars) {
      let node: unknown = messages[language];
      for (const part of key.split('.')) node = (node as Record<string, unknown>)[part];
      if (node === undefined) throw new Error(`No message ${key}`);
      const template =
        typeof node === 'string'
          ? node
          : (node as { one: string; other: string })[
              plurals.select(Number(vars?.count ?? 0)) === 'one' ? 'one' : 'other'
            ];
      return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars?.[name]));
    },
    formatDate: (iso) => (iso ? iso.split('-').reverse().join('.') : '–'),
    formatEuros: (cents) => (cents === null || cents === undefined ? '–' : `${cents / 100} €`),
    actName: (id) => ({ [AI_ACT]: 'AI Act', [DATA_ACT]: 'Data Act' })[id],
  };
}
const fi = context('fi');
const sv = context('sv');
const en = context('en');
const actor = 'Demo Editor (LVM)';

const change = (field: FieldChange['field'], before: unknown, after: unknown): FieldChange => ({
  field,
  before,
  after,
});
const health = (rating: string, reason: string | null) => ({
  rating,
  reason,
  assessedOn: '2025-03-01',
  assessedBy: 'X',
});

describe('actorLabel', () => {
  it('adds the ministry when there is one', () => {
    expect(actorLabel({ actorName: 'Demo Editor', actorMinistry: 'LVM' })).toBe('Demo Editor (LVM)');
    expect(actorLabel({ actorName: 'Koordinaattori', actorMinistry: null })).toBe('Koordinaattori');
    expect(actorLabel({ actorName: 'Demo Editor (LVM)', actorMinistry: 'LVM' })).toBe('Demo Editor (LVM)');
  });
});

describe('health', () => {
  const budget = (reason: string) =>
    change('digitoimistoHealth', health('amber', 'aikataulu tiukka'), health('red', reason));

  it('says whose rating changed, from what to what, and why', () => {
    expect(describeChange(budget('budjettia ei hyväksytty'), actor, fi)).toBe(
      "Demo Editor (LVM) muutti Digitoimiston tilannearviota: keltainen → punainen ('budjettia ei hyväksytty')",
    );
    expect(describeChange(budget('budget not approved'), actor, en)).toBe(
      "Demo Editor (LVM) changed Digitoimisto's health from amber to red: 'budget not approved'",
    );
    expect(describeChange(budget('budgeten godkändes inte'), actor, sv)).toBe(
      "Demo Editor (LVM) ändrade Digitalbyråns lägesbedömning: gul → röd ('budgeten godkändes inte')",
    );
  });

  it('leaves the reason out when there is none, and names the lead ministry', () => {
    const c = change('ministryHealth', health('not_assessed', null), health('green', null));
    expect(describeChange(c, actor, en)).toBe(
      "Demo Editor (LVM) changed the lead ministry's health from not assessed to green",
    );
  });

  it('tells a changed reason apart from a changed rating', () => {
    const c = change('ministryHealth', health('amber', 'old'), health('amber', 'uusi rahoitus'));
    expect(describeChange(c, actor, fi)).toBe(
      "Demo Editor (LVM) muutti vastuuministeriön tilannearvion perustelua: 'uusi rahoitus'",
    );
  });
});

describe('codes, dates, budget and contact', () => {
  it('uses the labels of coded values', () => {
    expect(describeChange(change('status', 'ongoing', 'paused'), actor, fi)).toBe(
      'Demo Editor (LVM) muutti tilaa: Käynnissä → Keskeytetty',
    );
    expect(describeChange(change('status', 'ongoing', 'paused'), actor, en)).toBe(
      'Demo Editor (LVM) changed the status from Ongoing to Paused',
    );
    expect(describeChange(change('preparationStage', null, 'consultation'), actor, en)).toBe(
      'Demo Editor (LVM) set the preparation stage to Consultation',
    );
  });

  it('says when a date is set, moved or removed', () => {
    expect(describeChange(change('endDate', '2025-12-31', '2026-06-30'), actor, en)).toBe(
      'Demo Editor (LVM) changed the end date from 31.12.2025 to 30.06.2026',
    );
    expect(describeChange(change('startDate', null, '2025-01-15'), actor, fi)).toBe(
      'Demo Editor (LVM) lisäsi tiedon: Alkamispäivä 15.01.2025',
    );
    expect(describeChange(change('startDate', '2025-01-15', null), actor, en)).toBe(
      'Demo Editor (LVM) removed the start date (was 15.01.2025)',
    );
  });

  it('formats money and people', () => {
    expect(describeChange(change('budgetCents', 100_000_00, 125_000_050), actor, en)).toBe(
      'Demo Editor (LVM) changed the budget from 100000 € to 1250000.5 €',
    );
    expect(
      describeChange(change('contact', null, { name: 'Maija', email: 'maija@example.fi' }), actor, en),
    ).toBe('Demo Editor (LVM) set the contact person to Maija <maija@example.fi>');
  });
});

describe('texts and lists', () => {
  it('quotes a changed title in the reader language', () => {
    const c = change('title', { fi: 'Vanha', sv: null, en: 'Old' }, { fi: 'Uusi', sv: null, en: 'New' });
    expect(describeChange(c, actor, en)).toBe("Demo Editor (LVM) changed the title from 'Old' to 'New'");
    expect(describeChange(c, actor, fi)).toBe("Demo Editor (LVM) muutti nimeä: 'Vanha' → 'Uusi'");
  });

  it('names the languages of an edited summary', () => {
    const c = change('summary', { fi: 'a', sv: null, en: 'b' }, { fi: 'a2', sv: 'c', en: 'b' });
    expect(describeChange(c, actor, en)).toBe('Demo Editor (LVM) edited the summary (Finnish, Swedish)');
  });

  it('lists what was added to and removed from a list', () => {
    const c = change('themes', ['ai', 'open_data'], ['ai', 'cybersecurity']);
    expect(describeChange(c, actor, fi)).toBe(
      'Demo Editor (LVM) muutti teemoja: lisätty Kyberturvallisuus; poistettu Avoin data',
    );
    const links = change('links', [], [{ label: 'Hankeikkuna', url: 'https://valtioneuvosto.fi' }]);
    expect(describeChange(links, actor, en)).toBe("Demo Editor (LVM) changed the links: added 'Hankeikkuna'");
  });
});

describe('milestones and EU impacts', () => {
  it('follows milestones by title', () => {
    const c = change(
      'milestones',
      [
        { title: 'Lausunnot', dueDate: '2025-03-01', doneAt: null },
        { title: 'HE', dueDate: '2025-09-01', doneAt: null },
        { title: 'Vanha', dueDate: '2025-01-01', doneAt: null },
      ],
      [
        { title: 'Lausunnot', dueDate: '2025-03-01', doneAt: '2025-03-04' },
        { title: 'HE', dueDate: '2025-10-15', doneAt: null },
        { title: 'Voimaan', dueDate: '2026-01-01', doneAt: null },
      ],
    );
    expect(describeChange(c, actor, en)).toBe(
      "Demo Editor (LVM) changed the milestones: 'Lausunnot' done on 04.03.2025; " +
        "'HE' moved from 01.09.2025 to 15.10.2025; added 'Voimaan' (due 01.01.2026); removed 'Vanha'",
    );
  });

  it('names EU acts from the catalogue, or from the stored short name', () => {
    const c = change(
      'euImpacts',
      [
        { euActId: AI_ACT, relation: 'implements', deadline: '2026-08-02', note: null },
        { euActId: 'gone', euActShortName: 'Old Act', relation: 'influences', deadline: null, note: null },
      ],
      [
        { euActId: AI_ACT, relation: 'implements', deadline: '2027-08-02', note: null },
        { euActId: DATA_ACT, relation: 'affected_by', deadline: '2025-09-12', note: 'x' },
      ],
    );
    expect(describeChange(c, actor, en)).toBe(
      'Demo Editor (LVM) changed the EU impacts: AI Act (Implements): deadline moved from 02.08.2026 to 02.08.2027; ' +
        'added Data Act (Affected by, deadline 12.09.2025); removed Old Act (Influences)',
    );
    expect(describeChange(c, actor, fi)).toContain(
      'lisätty Data Act (Säädös vaikuttaa hankkeeseen, määräaika 12.09.2025)',
    );
  });
});

describe('prioritisation', () => {
  it('says a rank moved without showing the sort key', () => {
    expect(describeChange(change('rank', 'a0', 'a0V'), actor, en)).toBe(
      'Demo Editor (LVM) moved the initiative within its tier',
    );
  });

  it('lists each changed criterion score', () => {
    const c = change('scores', { impact: 3, cost: 2 }, { impact: 4, cost: 2, urgency: 5 });
    expect(describeChange(c, actor, fi)).toBe(
      'Demo Editor (LVM) muutti pisteytystä: impact 3 → 4; urgency (tyhjä) → 5',
    );
  });
});

describe('describeEvent', () => {
  const event = (
    action: HistoryEvent['action'],
    version: number,
    changes: FieldChange[] = [],
  ): HistoryEvent => ({
    action,
    version,
    actorName: 'Demo Editor',
    actorMinistry: 'LVM',
    changes,
  });

  it('gives created, archived, restored and imported records a headline only', () => {
    const created = event('create', 1, [change('status', null, 'planned')]);
    expect(describeEvent(created, en)).toEqual({
      headline: 'Demo Editor (LVM) created the initiative.',
      changes: [],
    });
    expect(describeEvent(event('archive', 4), fi).headline).toBe('Demo Editor (LVM) arkistoi hankkeen.');
    expect(describeEvent(event('restore', 5), en).headline).toBe(
      'Demo Editor (LVM) restored the initiative from the archive.',
    );
    expect(describeEvent(event('import', 1, [change('tier', null, 'high')]), en)).toEqual({
      headline: 'Demo Editor (LVM) imported the initiative from a file.',
      changes: [],
    });
  });

  it('lists the changes of an update and of an import into an existing record', () => {
    const updated = describeEvent(
      event('update', 3, [change('tier', 'low', 'high'), change('kind', 'working_group', 'law_drafting')]),
      en,
    );
    expect(updated).toEqual({
      headline: null,
      changes: [
        'Demo Editor (LVM) changed the tier from Low to High',
        'Demo Editor (LVM) changed the kind from Working group or body to Law drafting',
      ],
    });
    const imported = describeEvent(event('import', 6, [change('tier', 'low', 'high')]), fi);
    expect(imported.headline).toBe('Demo Editor (LVM) päivitti hanketta tuonnissa.');
    expect(imported.changes).toEqual(['Demo Editor (LVM) muutti prioriteettitasoa: Matala → Korkea']);
    expect(describeEvent(event('update', 2), en).headline).toBe(
      'Demo Editor (LVM) saved the initiative without changes.',
    );
  });
});
