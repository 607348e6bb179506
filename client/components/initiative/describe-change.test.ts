import { describe, expect, it } from 'vitest';
import type { FieldChange } from '../../../shared/initiative-changes.ts';
import {
  actorLabel,
  describeChange,
  describeEvent,
  excerpt,
  type HistoryEvent,
  textChanges,
} from './describe-change.ts';
import { AI_ACT, context, DATA_ACT } from './describe-test-context.ts';

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

  it('says whose rating changed and from what to what; the reason, before and after, is its text', () => {
    expect(describeChange(budget('budjettia ei hyväksytty'), actor, fi)).toBe(
      'Demo Editor (LVM) muutti Digitoimiston tilannearviota: keltainen → punainen',
    );
    expect(describeChange(budget('budget not approved'), actor, en)).toBe(
      "Demo Editor (LVM) changed the Digital Office's assessment from amber to red",
    );
    expect(describeChange(budget('budgeten godkändes inte'), actor, sv)).toBe(
      'Demo Editor (LVM) ändrade Digitalbyråns lägesbedömning: gul → röd',
    );
    expect(textChanges(budget('budjettia ei hyväksytty'), fi)).toEqual([
      { label: null, lang: 'fi', before: 'aikataulu tiukka', after: 'budjettia ei hyväksytty' },
    ]);
  });

  it('leaves the reason out when there is none, and names the lead ministry', () => {
    const c = change('ministryHealth', health('not_assessed', null), health('green', null));
    expect(describeChange(c, actor, en)).toBe(
      "Demo Editor (LVM) changed the lead ministry's assessment from not assessed to green",
    );
  });

  it('tells a changed reason apart from a changed rating', () => {
    const c = change('ministryHealth', health('amber', 'vanha'), health('amber', 'uusi rahoitus'));
    expect(describeChange(c, actor, fi)).toBe(
      'Demo Editor (LVM) muutti vastuuministeriön tilannearvion perustelua',
    );
    expect(textChanges(c, sv)).toEqual([
      { label: null, lang: 'fi', before: 'vanha', after: 'uusi rahoitus' },
    ]);
    const same = change('ministryHealth', health('amber', 'x'), health('red', 'x'));
    expect(textChanges(same, fi)).toEqual([]);
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
  it('names the languages of an edited title, and gives each text before and after', () => {
    const c = change('title', { fi: 'Vanha', sv: null, en: 'Old' }, { fi: 'Uusi', sv: null, en: 'New' });
    expect(describeChange(c, actor, en)).toBe('Demo Editor (LVM) edited the title (Finnish, English)');
    expect(describeChange(c, actor, fi)).toBe('Demo Editor (LVM) muokkasi nimeä (suomi, englanti)');
    expect(textChanges(c, sv)).toEqual([
      { label: 'finska', lang: 'fi', before: 'Vanha', after: 'Uusi' },
      { label: 'engelska', lang: 'en', before: 'Old', after: 'New' },
    ]);
  });

  it('shows both summaries of a summary edit, not only that it was edited (issue 7)', () => {
    const alice = 'Hanke kokoaa työn yhteen. Alicen lause.';
    const c = change(
      'summary',
      { fi: 'Hanke kokoaa työn yhteen.', sv: null, en: 'b' },
      { fi: alice, sv: 'c', en: 'b' },
    );
    expect(describeChange(c, actor, en)).toBe('Demo Editor (LVM) edited the summary (Finnish, Swedish)');
    expect(textChanges(c, fi)).toEqual([
      { label: 'suomi', lang: 'fi', before: 'Hanke kokoaa työn yhteen.', after: alice },
      { label: 'ruotsi', lang: 'sv', before: null, after: 'c' },
    ]);
  });

  it('gives the notes of EU impacts before and after, named by act and relation', () => {
    const impact = (note: string | null) => ({
      euActId: AI_ACT,
      relation: 'implements',
      deadline: null,
      note,
    });
    const c = change('euImpacts', [impact('vanha huomautus')], [impact('uusi huomautus')]);
    expect(textChanges(c, en)).toEqual([
      { label: 'AI Act (Implements)', lang: 'fi', before: 'vanha huomautus', after: 'uusi huomautus' },
    ]);
    const added = change('euImpacts', [], [impact(null), { ...impact('x'), euActId: DATA_ACT }]);
    expect(textChanges(added, en)).toEqual([
      { label: 'Data Act (Implements)', lang: 'fi', before: null, after: 'x' },
    ]);
    expect(textChanges(change('status', 'a', 'b'), en)).toEqual([]);
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
        { field: 'tier', sentence: 'Demo Editor (LVM) changed the tier from Low to High', texts: [] },
        {
          field: 'kind',
          sentence: 'Demo Editor (LVM) changed the kind from Working group or body to Law drafting',
          texts: [],
        },
      ],
    });
    const imported = describeEvent(event('import', 6, [change('tier', 'low', 'high')]), fi);
    expect(imported.headline).toBe('Demo Editor (LVM) päivitti hanketta tuonnissa.');
    expect(imported.changes.map((c) => c.sentence)).toEqual([
      'Demo Editor (LVM) muutti prioriteettitasoa: Matala → Korkea',
    ]);
    expect(describeEvent(event('update', 2), en).headline).toBe(
      'Demo Editor (LVM) saved the initiative without changes.',
    );
  });
});

describe('excerpt', () => {
  const long = (tail: string) =>
    `Hanke kokoaa ministeriöiden datatalouden työn yhteen ja valmistelee kansallisen linjauksen. ${'Sen tavoitteena on yhteentoimivuus. '.repeat(4)}${tail}`;

  it('leaves texts of at most 160 characters whole', () => {
    expect(excerpt('lyhyt', 'lyhyt ja uusi')).toEqual({
      before: 'lyhyt',
      after: 'lyhyt ja uusi',
      shortened: false,
    });
    expect(excerpt(null, 'x'.repeat(160))).toEqual({
      before: null,
      after: 'x'.repeat(160),
      shortened: false,
    });
  });

  it('shortens long texts to the same stretch of each, around the first difference', () => {
    const before = long('Alicen lause.');
    const after = long('Alicen lause. Bobin lause.');
    const short = excerpt(before, after);
    expect(short.shortened).toBe(true);
    expect(short.after?.length).toBeLessThanOrEqual(162);
    expect(short.after).toContain('Bobin lause.');
    expect(short.after?.startsWith('…')).toBe(true);
    expect(short.before?.endsWith('Alicen lause.')).toBe(true);
    expect(short.before?.slice(0, 30)).toBe(short.after?.slice(0, 30));
  });

  it('shows the same stretch when only one of the texts is long', () => {
    const before = 'Hanke kokoaa työn yhteen ja valmistelee kansallisen linjauksen tekoälyn valvonnasta.';
    const after = `${before} ${'Lisäksi se kuulee sidosryhmiä laajasti. '.repeat(4)}`;
    const short = excerpt(before, after);
    expect(short.before?.slice(0, 20)).toBe(short.after?.slice(0, 20));
    expect(short.before?.endsWith('valvonnasta.')).toBe(true);
  });

  it('cuts at a word and says so with an ellipsis at the end', () => {
    const text = `${'sana '.repeat(60)}loppu`;
    const short = excerpt(null, text);
    expect(short.after?.endsWith('sana…')).toBe(true);
    expect(short.after?.length).toBeLessThanOrEqual(161);
  });
});
