import { describe, expect, it } from 'vitest';
import type { Language } from '../../../shared/codes.ts';
import { lateness } from '../../../shared/lateness.ts';
import { messages } from '../../i18n/all-languages.ts';
import {
  deadlineOverdueDays,
  describeReason,
  type LatenessContext,
  latenessKinds,
  overdueText,
} from './describe-lateness.ts';

/** The catalogue as the app reads it, without React: dotted keys, {{vars}}, one/other plurals. */
function context(language: Language): LatenessContext {
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
    formatDate: (iso) => (iso ? iso.split('-').reverse().join('.') : '–'),
  };
}

const today = '2026-12-01';
const late = lateness(
  {
    status: 'ongoing',
    endDate: '2026-11-30',
    milestones: [{ title: 'Lausuntokierros', dueDate: '2026-11-20', doneAt: null }],
    euImpacts: [
      { deadline: '2026-10-17', euActShortName: 'NIS2', relation: 'implements' },
      { deadline: '2027-03-01', euActShortName: 'AI Act', relation: 'implements' },
    ],
  },
  today,
);

describe('overdueText', () => {
  it('says how many days overdue in each language', () => {
    expect(overdueText(context('fi'), 45)).toBe('myöhässä 45 pv');
    expect(overdueText(context('sv'), 45)).toBe('försenad 45 d');
    expect(overdueText(context('en'), 45)).toBe('45 days overdue');
    expect(overdueText(context('en'), 1)).toBe('1 day overdue');
  });
});

describe('deadlineOverdueDays', () => {
  it('is the days late of the shown deadline when it has passed, else null', () => {
    expect(deadlineOverdueDays('2026-10-17', late)).toBe(45);
    expect(deadlineOverdueDays('2027-03-01', late)).toBeNull();
    expect(deadlineOverdueDays(null, late)).toBeNull();
  });
});

describe('describeReason and latenessKinds', () => {
  it('names what passed, worst first, in fi, sv and en', () => {
    const fi = context('fi');
    expect(late.reasons.map((r) => describeReason(fi, r, 'ongoing'))).toEqual([
      'EU-määräaika: NIS2 (Toimeenpanee), 17.10.2026',
      'Välitavoite "Lausuntokierros", 20.11.2026',
      'Päättymispäivä 30.11.2026, tila yhä "Käynnissä"',
    ]);
    expect(latenessKinds(fi, late)).toBe('EU-määräaika, välitavoite, päättymispäivä');
    expect(
      describeReason(
        context('sv'),
        late.reasons[2] ?? late.reasons[0] ?? { kind: 'endDate', date: '', daysLate: 0 },
        'ongoing',
      ),
    ).toBe('Slutdatum 30.11.2026, status fortfarande "Pågående"');
    expect(latenessKinds(context('en'), late)).toBe('EU deadline, milestone, end date');
  });
});
