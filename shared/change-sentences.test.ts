import { describe, expect, it } from 'vitest';
import {
  changeSentences,
  formatSentenceDate,
  formatSentenceEuros,
  summarySentence,
} from './change-sentences.ts';
import { LANGUAGES, type Language } from './codes.ts';
import type { HealthAssessment } from './health.ts';
import { CHANGE_SENTENCE_MESSAGES, SUMMARY_PARTS } from './messages/change-sentence-messages.ts';
import { type DiffInput, type DiffSummary, diffPortfolios } from './snapshot-diff.ts';

const health = (rating: HealthAssessment['rating'], reason: string | null = null): HealthAssessment => ({
  rating,
  reason,
  assessedOn: '2026-10-01',
  assessedBy: 'Demo Editor',
});

let serial = 0;
function initiative(over: Partial<DiffInput> = {}): DiffInput {
  serial++;
  return {
    id: `00000000-0000-4000-8000-${String(serial).padStart(12, '0')}`,
    title: { fi: 'Kansallinen EUDI-lompakko', sv: 'Nationell EUDI-plånbok', en: 'National EUDI wallet' },
    leadMinistry: 'VM',
    status: 'ongoing',
    preparationStage: null,
    ministryHealth: health('green'),
    digitoimistoHealth: health('amber', 'resurssit niukat'),
    tier: 'high',
    rank: 'a0',
    startDate: '2025-01-01',
    endDate: '2027-12-31',
    budgetCents: 1_000_000_00,
    euImpacts: [
      {
        euActId: '0b9c6f1e-1111-4c1d-9e2a-000000000002',
        euActShortName: 'eIDAS 2',
        relation: 'implements',
        deadline: '2026-11-21',
        note: null,
      },
    ],
    milestones: [{ title: 'Lausuntokierros', dueDate: '2027-03-01', doneAt: null }],
    archivedAt: null,
    ...over,
  };
}
const later = (item: DiffInput, over: Partial<DiffInput>): DiffInput => ({
  ...structuredClone(item),
  ...over,
});

/** The sentences of one initiative changing, in a language. */
function told(before: DiffInput, after: DiffInput, language: Language): string[] {
  return changeSentences(diffPortfolios([before], [after], language), language).map((s) => s.text);
}

describe('changeSentences: assessments', () => {
  const wallet = initiative();
  const red = later(wallet, { digitoimistoHealth: health('red', 'sertifiointi viivästyy.') });

  it("tells Digitoimisto's new rating with its reason, in each language", () => {
    expect(told(wallet, red, 'fi')).toEqual([
      'Digitoimisto muutti arviotaan hankkeesta Kansallinen EUDI-lompakko: keltainen → punainen (sertifiointi viivästyy).',
    ]);
    expect(told(wallet, red, 'sv')).toEqual([
      'Digitalbyrån ändrade sin bedömning av projektet Nationell EUDI-plånbok från gul till röd: sertifiointi viivästyy.',
    ]);
    expect(told(wallet, red, 'en')).toEqual([
      'The Digital Office changed its assessment of National EUDI wallet from amber to red: sertifiointi viivästyy.',
    ]);
  });

  it("names the lead ministry for the ministry's own assessment, and leaves out a missing reason", () => {
    const item = initiative({ leadMinistry: 'LVM' });
    const amber = later(item, { ministryHealth: health('amber') });
    expect(told(item, amber, 'fi')).toEqual([
      'Liikenne- ja viestintäministeriö muutti arviotaan hankkeesta Kansallinen EUDI-lompakko: vihreä → keltainen.',
    ]);
    expect(told(item, amber, 'sv')).toEqual([
      'Kommunikationsministeriet ändrade sin bedömning av projektet Nationell EUDI-plånbok från grön till gul.',
    ]);
    expect(told(item, amber, 'en')).toEqual([
      'The Ministry of Transport and Communications changed its assessment of National EUDI wallet from green to amber.',
    ]);
  });

  it('tells a new reason under the same rating, and a reason removed', () => {
    const reasoned = later(wallet, { digitoimistoHealth: health('amber', 'toimittaja vaihtuu') });
    expect(told(wallet, reasoned, 'fi')).toEqual([
      'Digitoimisto päivitti arviotaan hankkeesta Kansallinen EUDI-lompakko (keltainen): toimittaja vaihtuu.',
    ]);
    expect(told(wallet, reasoned, 'en')).toEqual([
      'The Digital Office updated the reason for its assessment of National EUDI wallet (amber): toimittaja vaihtuu.',
    ]);
    const bare = later(wallet, { digitoimistoHealth: health('amber') });
    expect(told(wallet, bare, 'sv')).toEqual([
      'Digitalbyrån tog bort motiveringen till sin bedömning av projektet Nationell EUDI-plånbok (gul).',
    ]);
  });
});

describe('changeSentences: titles', () => {
  it('falls back to the Finnish title, with its å, ä and ö intact', () => {
    const item = initiative({ title: { fi: 'Tekoälystrategia – Åland-yhteistyö', sv: null, en: null } });
    const done = later(item, { status: 'completed' });
    expect(told(item, done, 'fi')).toEqual(['Hanke Tekoälystrategia – Åland-yhteistyö valmistui.']);
    expect(told(item, done, 'sv')).toEqual(['Projektet Tekoälystrategia – Åland-yhteistyö slutfördes.']);
    expect(told(item, done, 'en')).toEqual(['Tekoälystrategia – Åland-yhteistyö was completed.']);
  });

  it('keeps a formula-like title as text (the file writers make it safe)', () => {
    const item = initiative({ title: { fi: '=HYPERLINK("x")', sv: null, en: null } });
    expect(told(item, later(item, { status: 'cancelled' }), 'en')).toEqual([
      '=HYPERLINK("x") was cancelled.',
    ]);
  });
});

describe('changeSentences: fields', () => {
  const item = initiative({ preparationStage: 'preparation' });

  it('tells status and stage with their labels', () => {
    const after = later(item, { status: 'paused', preparationStage: 'consultation' });
    expect(told(item, after, 'fi')).toEqual([
      'Hanke Kansallinen EUDI-lompakko keskeytettiin.',
      'Hankkeen Kansallinen EUDI-lompakko valmisteluvaihe muuttui: perusvalmistelu → lausuntokierros.',
    ]);
    const planned = later(item, { status: 'preparation', preparationStage: null });
    expect(told(item, planned, 'sv')).toEqual([
      'Statusen för projektet Nationell EUDI-plånbok ändrades från pågående till under beredning.',
      'Beredningsskedet för projektet Nationell EUDI-plånbok ändrades från grundberedning till inget skede.',
    ]);
  });

  it('tells a tier change and a move within the tier', () => {
    expect(told(item, later(item, { tier: 'critical' }), 'fi')).toEqual([
      'Hanke Kansallinen EUDI-lompakko siirtyi prioriteettitasolta Korkea tasolle Kriittinen.',
    ]);
    expect(told(item, later(item, { tier: 'critical' }), 'en')).toEqual([
      'National EUDI wallet moved from the High tier to the Critical tier.',
    ]);
    const [top, middle] = [initiative({ rank: 'a1' }), initiative({ rank: 'a2' })];
    const diff = diffPortfolios([top, middle], [top, later(middle, { rank: 'a0' })], 'sv');
    expect(changeSentences(diff, 'sv').map((s) => s.text)).toEqual([
      'Projektet Nationell EUDI-plånbok steg inom prioritetsnivån Hög från plats 2 till plats 1.',
    ]);
  });

  it('tells dates and the budget changed, set and removed, as each language writes them', () => {
    const after = later(item, { startDate: '2025-03-01', endDate: null, budgetCents: 1_234_567_00 });
    expect(told(item, after, 'fi')).toEqual([
      'Hankkeen Kansallinen EUDI-lompakko alkamispäivä muuttui: 1.1.2025 → 1.3.2025.',
      'Hankkeen Kansallinen EUDI-lompakko päättymispäivä poistettiin (oli 31.12.2027).',
      'Hankkeen Kansallinen EUDI-lompakko budjetti muuttui: 1\u00a0000\u00a0000\u00a0€ → 1\u00a0234\u00a0567\u00a0€.',
    ]);
    expect(told(item, after, 'en')).toEqual([
      'The start date of National EUDI wallet changed from 1 Jan 2025 to 1 Mar 2025.',
      'The end date of National EUDI wallet was removed (it was 31 Dec 2027).',
      'The budget of National EUDI wallet changed from €1,000,000 to €1,234,567.',
    ]);
    const unset = initiative({ startDate: null, budgetCents: null });
    const set = later(unset, { startDate: '2026-12-02', budgetCents: 50_000_50 });
    expect(told(unset, set, 'sv')).toEqual([
      'Projektet Nationell EUDI-plånbok fick startdatumet 2.12.2026.',
      'Projektet Nationell EUDI-plånbok fick en budget på 50\u00a0000,50\u00a0€.',
    ]);
  });

  it("uses the caller's formatters when given", () => {
    const after = later(item, { startDate: '2025-03-01', budgetCents: 5 });
    const diff = diffPortfolios([item], [after], 'fi');
    const texts = changeSentences(diff, 'fi', {
      formatDate: (iso) => `[${iso}]`,
      formatEuros: (cents) => `${cents} c`,
    }).map((s) => s.text);
    expect(texts).toEqual([
      'Hankkeen Kansallinen EUDI-lompakko alkamispäivä muuttui: [2025-01-01] → [2025-03-01].',
      'Hankkeen Kansallinen EUDI-lompakko budjetti muuttui: 100000000 c → 5 c.',
    ]);
  });
});

describe('changeSentences: milestones and EU impacts', () => {
  const item = initiative({
    milestones: [
      { title: 'Lausuntokierros', dueDate: '2027-03-01', doneAt: null },
      { title: 'Työryhmä asetettu', dueDate: '2026-10-01', doneAt: null },
      { title: 'Esiselvitys', dueDate: '2026-06-01', doneAt: null },
    ],
  });
  const after = later(item, {
    milestones: [
      { title: 'Lausuntokierros', dueDate: '2027-06-01', doneAt: null },
      { title: 'Työryhmä asetettu', dueDate: '2026-10-01', doneAt: '2026-09-28' },
      { title: 'HE eduskuntaan', dueDate: '2027-12-01', doneAt: null },
    ],
    euImpacts: [
      {
        ...(item.euImpacts[0] as DiffInput['euImpacts'][number]),
        deadline: '2027-05-20',
        note: 'lausunto annettu',
      },
      {
        euActId: '0b9c6f1e-1111-4c1d-9e2a-000000000001',
        euActShortName: 'AI Act',
        relation: 'affected_by',
        deadline: '2026-08-02',
        note: null,
      },
    ],
  });

  it('tells each event in Finnish', () => {
    expect(told(item, after, 'fi')).toEqual([
      'Hankkeen Kansallinen EUDI-lompakko EU-säädöksen eIDAS 2 (toimeenpanee) määräaika muuttui: 21.11.2026 → 20.5.2027.',
      'Hankkeen Kansallinen EUDI-lompakko EU-säädöksen eIDAS 2 (toimeenpanee) huomautus muuttui: ”lausunto annettu”.',
      'Hankkeeseen Kansallinen EUDI-lompakko liitettiin EU-säädös AI Act (säädös vaikuttaa hankkeeseen, määräaika 2.8.2026).',
      'Virstanpylväs ”Lausuntokierros” (hanke Kansallinen EUDI-lompakko) siirtyi 1.3.2027 → 1.6.2027.',
      'Virstanpylväs ”Työryhmä asetettu” (hanke Kansallinen EUDI-lompakko) saavutettiin 28.9.2026.',
      'Hankkeeseen Kansallinen EUDI-lompakko lisättiin virstanpylväs ”HE eduskuntaan” (määräpäivä 1.12.2027).',
      'Hankkeesta Kansallinen EUDI-lompakko poistettiin virstanpylväs ”Esiselvitys”.',
    ]);
  });

  it('tells the same events in Swedish and English', () => {
    expect(told(item, after, 'sv')).toEqual([
      'Tidsfristen för EU-rättsakten eIDAS 2 (genomför) i projektet Nationell EUDI-plånbok ändrades från 21.11.2026 till 20.5.2027.',
      'Anmärkningen om EU-rättsakten eIDAS 2 (genomför) i projektet Nationell EUDI-plånbok ändrades: ”lausunto annettu”.',
      'EU-rättsakten AI Act (påverkas av, tidsfrist 2.8.2026) kopplades till projektet Nationell EUDI-plånbok.',
      'Milstolpen ”Lausuntokierros” (projektet Nationell EUDI-plånbok) sköts upp från 1.3.2027 till 1.6.2027.',
      'Milstolpen ”Työryhmä asetettu” (projektet Nationell EUDI-plånbok) nåddes 28.9.2026.',
      'Projektet Nationell EUDI-plånbok fick milstolpen ”HE eduskuntaan” (förfallodag 1.12.2027).',
      'Milstolpen ”Esiselvitys” togs bort från projektet Nationell EUDI-plånbok.',
    ]);
    expect(told(item, after, 'en')).toEqual([
      'The deadline for EU act eIDAS 2 (implements) in National EUDI wallet changed from 21 Nov 2026 to 20 May 2027.',
      'The note on EU act eIDAS 2 (implements) in National EUDI wallet changed: “lausunto annettu”.',
      'EU act AI Act (affected by, deadline 2 Aug 2026) was linked to National EUDI wallet.',
      'Milestone “Lausuntokierros” (National EUDI wallet) slipped from 1 Mar 2027 to 1 Jun 2027.',
      'Milestone “Työryhmä asetettu” (National EUDI wallet) was reached on 28 Sept 2026.',
      'Milestone “HE eduskuntaan” (due 1 Dec 2027) was added to National EUDI wallet.',
      'Milestone “Esiselvitys” was removed from National EUDI wallet.',
    ]);
  });

  it('tells an advanced and a reopened milestone, and an impact and its note removed', () => {
    const back = later(after, {
      milestones: [
        { title: 'Lausuntokierros', dueDate: '2027-04-01', doneAt: null },
        { title: 'Työryhmä asetettu', dueDate: '2026-10-01', doneAt: null },
        { title: 'HE eduskuntaan', dueDate: '2027-12-01', doneAt: null },
      ],
      euImpacts: [{ ...(after.euImpacts[0] as DiffInput['euImpacts'][number]), note: null }],
    });
    expect(told(after, back, 'fi')).toEqual([
      'Hankkeen Kansallinen EUDI-lompakko EU-säädöksen eIDAS 2 (toimeenpanee) huomautus poistettiin.',
      'Hankkeesta Kansallinen EUDI-lompakko poistettiin EU-säädös AI Act (säädös vaikuttaa hankkeeseen).',
      'Virstanpylväs ”Lausuntokierros” (hanke Kansallinen EUDI-lompakko) aikaistui 1.6.2027 → 1.4.2027.',
      'Virstanpylväs ”Työryhmä asetettu” (hanke Kansallinen EUDI-lompakko) merkittiin taas keskeneräiseksi.',
    ]);
  });
});

describe('changeSentences: added, removed and the ministry', () => {
  const kept = initiative({ leadMinistry: 'TEM', title: { fi: 'Yritysten datatalous', sv: null, en: null } });
  const gone = initiative({
    leadMinistry: 'OM',
    title: { fi: 'Sähköinen oikeudenkäynti', sv: 'Elektronisk rättegång', en: null },
  });
  const fresh = initiative({
    leadMinistry: 'STM',
    title: { fi: 'Terveysdatan toisiokäyttö', sv: null, en: 'Secondary use of health data' },
  });
  const archived = later(kept, { archivedAt: '2026-11-30T12:00:00.000Z' });

  it('tells new, restored, removed and archived initiatives, each with its lead ministry', () => {
    const diff = diffPortfolios([kept, gone], [archived, fresh], 'fi');
    expect(changeSentences(diff, 'fi')).toEqual([
      { initiativeId: fresh.id, leadMinistry: 'STM', text: 'Uusi hanke: Terveysdatan toisiokäyttö.' },
      // The ones gone in title order.
      { initiativeId: gone.id, leadMinistry: 'OM', text: 'Poistunut: Sähköinen oikeudenkäynti.' },
      { initiativeId: kept.id, leadMinistry: 'TEM', text: 'Arkistoitu: Yritysten datatalous.' },
    ]);
    expect(changeSentences(diff, 'sv').map((s) => s.text)).toEqual([
      'Nytt projekt: Terveysdatan toisiokäyttö.',
      'Borttaget: Elektronisk rättegång.',
      'Arkiverat: Yritysten datatalous.',
    ]);
    const restored = changeSentences(diffPortfolios([archived], [kept], 'en'), 'en');
    expect(restored.map((s) => s.text)).toEqual(['Restored from the archive: Yritysten datatalous.']);
    // The page filters by ministry on the sentences themselves.
    expect(
      changeSentences(diff, 'en')
        .filter((s) => s.leadMinistry === 'STM')
        .map((s) => s.text),
    ).toEqual(['New initiative: Secondary use of health data.']);
  });

  it('says nothing for an empty diff', () => {
    expect(changeSentences(diffPortfolios([kept], [kept], 'fi'), 'fi')).toEqual([]);
  });
});

const summary = (counts: Partial<DiffSummary>): DiffSummary => ({
  added: 0,
  removed: 0,
  changed: 0,
  movedToRed: 0,
  leftRed: 0,
  completed: 0,
  tierChanged: 0,
  milestonesDone: 0,
  milestonesSlipped: 0,
  ...counts,
});

describe('summarySentence', () => {
  it('counts what moved in one sentence', () => {
    const counts = summary({ movedToRed: 4, completed: 2, added: 3 });
    expect(summarySentence(counts, 'fi')).toBe('4 siirtyi punaiseksi, 2 valmistui, 3 uutta.');
    expect(summarySentence(counts, 'sv')).toBe('4 blev röda, 2 slutfördes, 3 nya.');
    expect(summarySentence(counts, 'en')).toBe('4 moved to red, 2 completed, 3 new.');
  });

  it('uses the singular for one and writes large counts as the language does', () => {
    const counts = summary({
      added: 1,
      removed: 1,
      milestonesDone: 1,
      milestonesSlipped: 1_001,
      changed: 12_345,
    });
    expect(summarySentence(counts, 'fi')).toBe(
      '1 uusi, 1 poistunut, 1 virstanpylväs saavutettu, 1\u00a0001 virstanpylvästä siirtyi myöhemmäksi, muutoksia 12\u00a0345 hankkeessa.',
    );
    expect(summarySentence(counts, 'sv')).toBe(
      '1 nytt, 1 borttaget, 1 milstolpe nådd, 1\u00a0001 milstolpar försenade, ändringar i 12\u00a0345 projekt.',
    );
    expect(summarySentence(counts, 'en')).toBe(
      '1 new, 1 removed, 1 milestone reached, 1,001 milestones slipped, changes in 12,345 initiatives.',
    );
    expect(summarySentence(summary({ changed: 1, leftRed: 1, tierChanged: 2 }), 'sv')).toBe(
      '1 är inte längre röd, 2 bytte prioritetsnivå, ändringar i 1 projekt.',
    );
    expect(summarySentence(summary({ changed: 2 }), 'fi')).toBe('Muutoksia 2 hankkeessa.');
  });

  it('says so when nothing changed', () => {
    expect(summarySentence(summary({}), 'fi')).toBe('Ei muutoksia.');
    expect(summarySentence(summary({}), 'sv')).toBe('Inga ändringar.');
    expect(summarySentence(summary({}), 'en')).toBe('No changes.');
    expect(summarySentence(diffPortfolios([], [], 'fi').summary, 'en')).toBe('No changes.');
  });
});

describe('the sentence catalogue', () => {
  const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

  it('has every sentence in every language, with the same blanks to fill', () => {
    const entries = [
      ...Object.entries(CHANGE_SENTENCE_MESSAGES),
      ...Object.entries(SUMMARY_PARTS).flatMap(([key, forms]) => [
        [`${key}.one`, forms.one] as const,
        [`${key}.other`, forms.other] as const,
      ]),
    ];
    for (const [key, texts] of entries) {
      for (const language of LANGUAGES) {
        expect(texts[language].trim(), `${key}.${language}`).not.toBe('');
        expect(placeholders(texts[language]), `${key}.${language}`).toEqual(placeholders(texts.fi));
      }
    }
  });

  it('writes dates and euros as the languages do', () => {
    expect(formatSentenceDate('2026-12-02', 'fi')).toBe('2.12.2026');
    expect(formatSentenceDate('2026-12-02', 'sv')).toBe('2.12.2026');
    expect(formatSentenceDate('2026-12-02', 'en')).toBe('2 Dec 2026');
    expect(formatSentenceEuros(1_234_567_00, 'fi')).toBe('1\u00a0234\u00a0567\u00a0€');
    expect(formatSentenceEuros(1_234_567_89, 'en')).toBe('€1,234,567.89');
  });
});
