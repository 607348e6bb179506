import { describe, expect, it } from 'vitest';
import type { AttentionReason } from '../../../shared/attention.ts';
import type { Language } from '../../../shared/codes.ts';
import { messages } from '../../i18n/all-languages.ts';
import { formatDateText } from '../../lib/date-text.ts';
import { type AttentionContext, describeAttentionReason, reasonTarget } from './describe-attention.ts';

/** The catalogue as the app reads it, without React: dotted keys, {{vars}}, one/other plurals. */
function context(language: Language): AttentionContext {
  const plurals = new Intl.PluralRules({ fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' }[language]);
  return {
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
    formatDate: (iso) => (iso ? formatDateText(iso) : '–'),
  };
}

const REASONS: AttentionReason[] = [
  { kind: 'red', assessment: 'digitoimisto' },
  { kind: 'red', assessment: 'ministry' },
  { kind: 'twoApart', ministry: 'green', digitoimisto: 'red' },
  { kind: 'twoApart', ministry: 'red', digitoimisto: 'green' },
  { kind: 'stale', assessment: 'digitoimisto', assessedOn: '2026-07-11', days: 143 },
  { kind: 'milestoneOverdue', title: 'Lausuntokierros', dueDate: '2026-11-19', daysLate: 12 },
  { kind: 'euDutySoon', euActShortName: 'NIS2', deadline: '2027-01-17', daysLeft: 47 },
  { kind: 'euDutySoon', euActShortName: 'NIS2', deadline: '2026-12-01', daysLeft: 0 },
  { kind: 'euDutySoon', euActShortName: null, deadline: '2026-12-02', daysLeft: 1 },
  { kind: 'euDutyOverdue', euActShortName: 'AI Act', deadline: '2026-11-01', daysOverdue: 30 },
  { kind: 'late', daysLate: 31, cause: 'endDate', date: '2026-10-31', euActShortName: null },
  { kind: 'late', daysLate: 10, cause: 'euDeadline', date: '2026-11-21', euActShortName: 'Data Act' },
];

describe('describeAttentionReason', () => {
  it('says each reason as a plain Finnish sentence', () => {
    expect(REASONS.map((r) => describeAttentionReason(context('fi'), r))).toEqual([
      'Digitoimiston arvio on punainen',
      'Ministeriön arvio on punainen',
      'Ministeriö arvioi vihreäksi, Digitoimisto punaiseksi',
      'Ministeriö arvioi punaiseksi, Digitoimisto vihreäksi',
      'Digitoimiston arvio on 143 päivää vanha',
      'Virstanpylväs ”Lausuntokierros” myöhässä 12 pv',
      'NIS2: täytäntöönpanon määräaika 17.1.2027, 47 päivää',
      'NIS2: täytäntöönpanon määräaika tänään 1.12.2026',
      'EU-säädös: täytäntöönpanon määräaika 2.12.2026, 1 päivä',
      'AI Act: täytäntöönpanon määräaika 1.11.2026 ohitettu, myöhässä 30 pv',
      'Myöhässä 31 pv (päättymispäivä 31.10.2026)',
      'Myöhässä 10 pv (Data Act: EU-määräaika 21.11.2026)',
    ]);
  });

  it('and in Swedish and English, with the singular where it is one', () => {
    const sv = REASONS.map((r) => describeAttentionReason(context('sv'), r));
    expect(sv[0]).toBe('Digitalbyråns bedömning är röd');
    expect(sv[2]).toBe('Ministeriet bedömer läget som grönt, Digitalbyrån som rött');
    expect(sv[6]).toBe('NIS2: tidsfristen för genomförandet är 17.1.2027, om 47 dagar');
    expect(sv[8]).toBe('EU-rättsakt: tidsfristen för genomförandet är 2.12.2026, om 1 dag');
    const en = REASONS.map((r) => describeAttentionReason(context('en'), r));
    expect(en[4]).toBe("The Digital Office's rating is 143 days old");
    expect(en[5]).toBe('Milestone “Lausuntokierros” is 12 days overdue');
    expect(en[8]).toBe('EU act: implementation deadline 2.12.2026, 1 day left');
    expect(en[10]).toBe('31 days overdue (end date 31.10.2026)');
  });
});

describe('reasonTarget', () => {
  const item = { id: 'abc', leadMinistry: 'LVM' as const };
  const coordinator = { role: 'coordinator' as const, ministry: null };
  const lvmEditor = { role: 'editor' as const, ministry: 'LVM' as const };
  const vmEditor = { role: 'editor' as const, ministry: 'VM' as const };
  const viewer = { role: 'viewer' as const, ministry: null };
  const reason = {
    digiRed: { kind: 'red', assessment: 'digitoimisto' },
    ministryRed: { kind: 'red', assessment: 'ministry' },
    twoApart: { kind: 'twoApart', ministry: 'green', digitoimisto: 'red' },
    digiStale: { kind: 'stale', assessment: 'digitoimisto', assessedOn: '2026-07-11', days: 143 },
    milestone: { kind: 'milestoneOverdue', title: 'M', dueDate: '2026-11-19', daysLate: 12 },
    soon: { kind: 'euDutySoon', euActShortName: 'NIS2', deadline: '2027-01-17', daysLeft: 47 },
    overdue: { kind: 'euDutyOverdue', euActShortName: 'NIS2', deadline: '2026-11-01', daysOverdue: 30 },
    lateEnd: { kind: 'late', daysLate: 31, cause: 'endDate', date: '2026-10-31', euActShortName: null },
    lateEu: { kind: 'late', daysLate: 3, cause: 'euDeadline', date: '2026-11-28', euActShortName: 'CER' },
  } satisfies Record<string, AttentionReason>;
  const at = (which: keyof typeof reason, user: Parameters<typeof reasonTarget>[2]) => {
    const target = reasonTarget(reason[which], item, user);
    return `${target.pathname}#${target.anchor}`;
  };

  it('opens the edit form at the field for those who may change it', () => {
    expect(at('ministryRed', lvmEditor)).toBe('/initiatives/abc/edit#field-ministryHealth-rating');
    expect(at('digiRed', coordinator)).toBe('/initiatives/abc/edit#field-digitoimistoHealth-rating');
    expect(at('digiStale', coordinator)).toBe('/initiatives/abc/edit#field-digitoimistoHealth-rating');
    expect(at('twoApart', lvmEditor)).toBe('/initiatives/abc/edit#section-health');
    expect(at('milestone', lvmEditor)).toBe('/initiatives/abc/edit#field-milestones');
    expect(at('soon', lvmEditor)).toBe('/initiatives/abc/edit#field-euImpacts');
    expect(at('overdue', coordinator)).toBe('/initiatives/abc/edit#field-euImpacts');
    expect(at('lateEnd', lvmEditor)).toBe('/initiatives/abc/edit#field-endDate');
    expect(at('lateEu', lvmEditor)).toBe('/initiatives/abc/edit#field-euImpacts');
  });

  it("opens the initiative's page at the section for everyone else", () => {
    // Only coordinators change Digitoimisto's rating; an editor of another ministry nothing here.
    expect(at('digiRed', lvmEditor)).toBe('/initiatives/abc#health-heading');
    expect(at('ministryRed', vmEditor)).toBe('/initiatives/abc#health-heading');
    expect(at('twoApart', viewer)).toBe('/initiatives/abc#health-heading');
    expect(at('milestone', viewer)).toBe('/initiatives/abc#milestones-heading');
    expect(at('soon', viewer)).toBe('/initiatives/abc#impacts-heading');
    expect(at('lateEnd', viewer)).toBe('/initiatives/abc#lateness-heading');
    expect(at('lateEu', null)).toBe('/initiatives/abc#lateness-heading');
  });
});
