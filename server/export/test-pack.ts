/**
 * A meeting pack built by hand for the renderers' tests (xlsx, csv, pdf, pptx): three
 * initiatives covering every field kind, Finnish and Swedish letters (ä, ö, å), and texts that
 * a spreadsheet would take for a formula (`=HYPERLINK(…)`, `+1`, `-2`, `@SUM`, a leading tab
 * and a leading carriage return). Valid as the server assembles it, so a renderer's test
 * exercises what a real pack holds. Keep the exports stable: other renderers' tests import it.
 */
import type { HealthRating, Status } from '../../shared/codes.ts';
import type { Initiative } from '../../shared/initiative.ts';
import type { MeetingPack, PackCooperation, PackCooperationRecords } from '../../shared/meeting-pack.ts';
import type { MinistryFigures, Overview } from '../../shared/overview.ts';
import type { PortfolioDiff } from '../../shared/snapshot-diff.ts';

export const TEST_ACT_ID = '11111111-1111-4111-8111-111111111111';
export const TEST_ACT_2_ID = '11111111-1111-4111-8111-222222222222';

/** The formula-like texts the fixtures carry, each of which a renderer must neutralise. */
export const FORMULA_TEXTS = {
  hyperlink: '=HYPERLINK("http://evil.example","Klikkaa")',
  plus: '+1',
  minus: '-2',
  at: '@SUM(A1:A2)',
  tab: '\tsarkain edessä',
  carriageReturn: '\rrivinvaihto edessä',
} as const;

const statuses = (counts: Partial<Record<Status, number>> = {}): Record<Status, number> => ({
  planned: 0,
  preparation: 0,
  ongoing: 0,
  completed: 0,
  paused: 0,
  cancelled: 0,
  ...counts,
});

const ratings = (counts: Partial<Record<HealthRating, number>> = {}): Record<HealthRating, number> => ({
  green: 0,
  amber: 0,
  red: 0,
  not_assessed: 0,
  ...counts,
});

/** A complete initiative: every field filled, Finnish letters in its texts. Override any field. */
export function testInitiative(overrides: Partial<Initiative> = {}): Initiative {
  return {
    id: '22222222-2222-4222-8222-222222222201',
    version: 3,
    projectNumber: 'LVM046:00/2024',
    caseNumbers: ['VN/32418/2024', 'VN/1200/2025'],
    title: {
      fi: 'Kyberturvallisuuslain päivitys; "NIS2" ä ö å',
      sv: 'Uppdatering av cybersäkerhetslagen, "NIS2" på svenska',
      en: 'Cybersecurity act update',
    },
    summary: {
      fi: 'Säädetään NIS2-direktiivin toimeenpanosta.\nToinen rivi: yhteistyö sisäministeriön kanssa.',
      sv: 'Genomförande av NIS2-direktivet.',
      en: null,
    },
    kind: 'law_drafting',
    track: 'digitalisation_data_economy',
    themes: ['cybersecurity', 'public_services'],
    leadMinistry: 'LVM',
    participatingMinistries: ['SM', 'VM'],
    status: 'ongoing',
    preparationStage: 'consultation',
    ministryHealth: {
      rating: 'amber',
      reason: 'Lausuntoja tuli odotettua enemmän',
      assessedOn: '2026-11-02',
      assessedBy: 'Liisa Lindström',
    },
    digitoimistoHealth: {
      rating: 'red',
      reason: FORMULA_TEXTS.minus,
      assessedOn: '2026-11-20',
      assessedBy: 'Digitoimisto',
    },
    tier: 'critical',
    rank: 'a0',
    scores: { societal_impact: 5, eu_urgency: 4 },
    priorityVersion: 2,
    weightedScore: 82,
    startDate: '2024-01-15',
    endDate: '2027-06-30',
    budgetCents: 125_000_050,
    fundingSources: ['national_budget', 'eu_rrf'],
    contact: { name: 'Märta Åberg', email: 'marta.aberg@gov.fi' },
    links: [{ label: 'Hankeikkuna', url: 'https://valtioneuvosto.fi/hanke?tunnus=LVM046:00/2024' }],
    milestones: [
      { title: 'Lausuntokierros', dueDate: '2026-03-01', doneAt: '2026-02-27' },
      { title: 'Hallituksen esitys', dueDate: '2027-01-15', doneAt: null },
    ],
    euImpacts: [
      {
        euActId: TEST_ACT_ID,
        euActShortName: 'NIS2',
        relation: 'implements',
        deadline: '2027-01-17',
        note: 'Kansallinen täytäntöönpano',
      },
    ],
    nearestEuDeadline: '2027-01-17',
    archivedAt: null,
    createdAt: new Date('2024-01-10T08:30:00Z'),
    updatedAt: new Date('2026-11-20T12:00:00Z'),
    createdBy: 'maija',
    updatedBy: 'digitoimisto',
    ...overrides,
  };
}

/** The pack's three initiatives, in Finnish title order: the full one, a formula-laden one, a bare one. */
export function testInitiatives(): Initiative[] {
  return [
    testInitiative(),
    testInitiative({
      id: '22222222-2222-4222-8222-222222222202',
      projectNumber: FORMULA_TEXTS.plus,
      caseNumbers: [],
      title: { fi: FORMULA_TEXTS.hyperlink, sv: FORMULA_TEXTS.at, en: null },
      summary: { fi: FORMULA_TEXTS.tab, sv: null, en: FORMULA_TEXTS.carriageReturn },
      kind: 'development_project',
      track: 'public_administration',
      themes: ['ai'],
      leadMinistry: 'VM',
      participatingMinistries: [],
      status: 'planned',
      preparationStage: null,
      ministryHealth: { rating: 'green', reason: null, assessedOn: '2026-10-01', assessedBy: 'VM' },
      digitoimistoHealth: { rating: 'not_assessed', reason: null, assessedOn: null, assessedBy: null },
      tier: 'high',
      rank: 'a1',
      scores: {},
      weightedScore: null,
      startDate: '2026-01-01',
      endDate: null,
      budgetCents: 0,
      fundingSources: ['digital_europe'],
      contact: { name: FORMULA_TEXTS.at, email: null },
      links: [],
      milestones: [{ title: FORMULA_TEXTS.minus, dueDate: '2026-12-31', doneAt: null }],
      euImpacts: [
        {
          euActId: TEST_ACT_2_ID,
          euActShortName: 'AI Act',
          relation: 'affected_by',
          deadline: null,
          note: null,
        },
      ],
      nearestEuDeadline: null,
      createdAt: new Date('2026-01-02T10:00:00Z'),
      updatedAt: new Date('2026-11-01T10:00:00Z'),
    }),
    testInitiative({
      id: '22222222-2222-4222-8222-222222222203',
      projectNumber: null,
      caseNumbers: [],
      title: { fi: 'Ålands öppna data -yhteistyö', sv: null, en: null },
      summary: { fi: 'Lyhyt.', sv: null, en: null },
      kind: 'working_group',
      track: 'digitalisation_data_economy',
      themes: [],
      leadMinistry: 'TEM',
      participatingMinistries: [],
      status: 'completed',
      preparationStage: null,
      ministryHealth: { rating: 'not_assessed', reason: null, assessedOn: null, assessedBy: null },
      digitoimistoHealth: { rating: 'not_assessed', reason: null, assessedOn: null, assessedBy: null },
      tier: 'unprioritised',
      rank: null,
      scores: {},
      weightedScore: null,
      startDate: null,
      endDate: null,
      budgetCents: null,
      fundingSources: [],
      contact: null,
      links: [],
      milestones: [],
      euImpacts: [],
      nearestEuDeadline: null,
      archivedAt: new Date('2026-06-01T09:00:00Z'),
      createdAt: new Date('2025-05-05T05:05:00Z'),
      updatedAt: new Date('2026-06-01T09:00:00Z'),
    }),
  ];
}

const ministryFigures = (figures: Partial<MinistryFigures> & Pick<MinistryFigures, 'ministry'>) => ({
  total: 1,
  byStatus: statuses(),
  ministryHealth: ratings(),
  digitoimistoHealth: ratings(),
  budgetCents: {
    national_budget: 0,
    eu_rrf: 0,
    digital_europe: 0,
    cef: 0,
    horizon_europe: 0,
    other: 0,
    several: 0,
    none: 0,
  },
  qualityClean: 1,
  qualityScore: 100,
  ...figures,
});

function testOverview(): Overview {
  return {
    today: '2026-12-02',
    total: 3,
    byStatus: statuses({ ongoing: 1, planned: 1, completed: 1 }),
    health: {
      ministry: ratings({ amber: 1, green: 1, not_assessed: 1 }),
      digitoimisto: ratings({ red: 1, not_assessed: 2 }),
    },
    euDeadlines: { within: 1, overdue: 0 },
    overdueMilestones: { milestones: 0, initiatives: 0 },
    late: 0,
    budget: { totalCents: 125_000_050, withBudget: 2 },
    byMinistry: [
      ministryFigures({
        ministry: 'LVM',
        byStatus: statuses({ ongoing: 1 }),
        ministryHealth: ratings({ amber: 1 }),
        digitoimistoHealth: ratings({ red: 1 }),
        budgetCents: { ...ministryFigures({ ministry: 'LVM' }).budgetCents, several: 125_000_050 },
        qualityClean: 0,
        qualityScore: 0,
      }),
      ministryFigures({
        ministry: 'VM',
        byStatus: statuses({ planned: 1 }),
        ministryHealth: ratings({ green: 1 }),
        digitoimistoHealth: ratings({ not_assessed: 1 }),
        qualityClean: 0,
        qualityScore: 0,
      }),
      ministryFigures({
        ministry: 'TEM',
        byStatus: statuses({ completed: 1 }),
        ministryHealth: ratings({ not_assessed: 1 }),
        digitoimistoHealth: ratings({ not_assessed: 1 }),
        qualityScore: null,
        qualityClean: 0,
      }),
    ],
    byTheme: [
      { theme: 'cybersecurity', count: 1 },
      { theme: 'public_services', count: 1 },
      { theme: 'ai', count: 1 },
    ],
    euCoverage: [
      {
        id: TEST_ACT_ID,
        shortName: 'NIS2',
        byRelation: { implements: 1, influences: 0, funded_by: 0, affected_by: 0, reports_to: 0 },
        initiatives: 1,
      },
      {
        id: TEST_ACT_2_ID,
        shortName: 'AI Act',
        byRelation: { implements: 0, influences: 0, funded_by: 0, affected_by: 1, reports_to: 0 },
        initiatives: 1,
      },
    ],
    quality: {
      flagged: 2,
      byFlag: {
        missingStartDate: 1,
        missingEndDate: 2,
        endBeforeStart: 0,
        ongoingPastEnd: 0,
        lawWithoutStage: 0,
        notAssessed: 2,
        staleAssessment: 0,
        openMilestoneWhenClosed: 0,
        milestonesDoneWhileOpen: 0,
        missingSwedishTitle: 1,
        missingEnglishTitle: 2,
      },
    },
  };
}

function testChanges(initiatives: Initiative[]): NonNullable<MeetingPack['changes']> {
  const [first, second] = initiatives as [Initiative, Initiative];
  const ref = (i: Initiative) => ({
    id: i.id,
    title: i.title,
    leadMinistry: i.leadMinistry,
    status: i.status,
  });
  const diff: PortfolioDiff = {
    added: [ref(second)],
    removed: [],
    changed: [
      {
        ...ref(first),
        changes: [
          { field: 'digitoimistoHealth', before: { rating: 'amber' }, after: { rating: 'red' } },
          { field: 'preparationStage', before: 'preparation', after: 'consultation' },
        ],
        milestoneEvents: [
          {
            kind: 'done',
            title: 'Lausuntokierros',
            before: { dueDate: '2026-03-01', doneAt: null },
            after: { dueDate: '2026-03-01', doneAt: '2026-02-27' },
          },
        ],
        euImpactEvents: [],
      },
    ],
    summary: {
      added: 1,
      removed: 0,
      changed: 1,
      movedToRed: 1,
      leftRed: 0,
      completed: 0,
      tierChanged: 0,
      milestonesDone: 1,
      milestonesSlipped: 0,
    },
  };
  return {
    fromLabel: 'Digitoimisto 3.11.',
    fromTakenAt: '2026-11-03T09:00:00.000Z',
    diff,
    sentences: [
      'Uusi hanke: =HYPERLINK("http://evil.example","Klikkaa") (VM).',
      'Kyberturvallisuuslain päivitys: Digitoimiston tilannearvio muuttui keltaisesta punaiseksi.',
      'Kyberturvallisuuslain päivitys: virstanpylväs Lausuntokierros valmistui 27.2.2026.',
    ],
  };
}

const IEB = {
  shortName: 'IEB',
  name: {
    fi: 'Yhteentoimiva Eurooppa -lautakunta',
    sv: 'Styrelsen för ett interoperabelt Europa',
    en: 'Interoperable Europe Board',
  },
  organisation: 'eu_act_board',
  ministry: 'VM',
} as const;
const E_LEADERS = {
  shortName: 'OECD E-Leaders',
  name: {
    fi: 'OECD:n E-Leaders-työryhmä',
    sv: null,
    en: 'OECD Working Party of Senior Digital Government Officials',
  },
  organisation: 'oecd',
  ministry: 'VM',
} as const;
const DESI = {
  shortName: 'DESI',
  name: {
    fi: 'Digitaalitalouden ja -yhteiskunnan indeksi',
    sv: 'Index för digital ekonomi och digitalt samhälle',
    en: 'Digital Economy and Society Index',
  },
  publisher: 'Euroopan komissio',
  scoreScale: '0–100',
};
const EGDI = {
  shortName: 'UN EGDI',
  name: { fi: 'YK:n sähköisen hallinnon indeksi', sv: null, en: 'UN E-Government Development Index' },
  publisher: 'YK',
  scoreScale: '0–1',
};

/** Cooperation on the slides of the pack's day 2.12.2026: a meeting, a publication, two latest results. */
export function testCooperation(): PackCooperation {
  return {
    meetings: [{ ...IEB, nextMeetingOn: '2026-12-10' }],
    publications: [{ ...DESI, nextPublicationOn: '2027-01-20' }],
    latest: [
      {
        ...DESI,
        result: { edition: '2025', publishedOn: '2025-06-16', score: 70.2, rank: 2, rankOf: 27, note: null },
      },
      {
        ...EGDI,
        result: {
          edition: '2024',
          publishedOn: null,
          score: 0.9847,
          rank: 2,
          rankOf: 193,
          note: 'Uusi menetelmä',
        },
      },
    ],
  };
}

/** The workbook's bodies and results, a formula-like text among them. */
export function testCooperationRecords(): PackCooperationRecords {
  return {
    bodies: [
      {
        ...IEB,
        agency: 'Digi- ja väestötietovirasto',
        representatives: [
          { name: 'Yhteentoimivuusjohtaja', organisation: 'VM', role: 'member' },
          { name: FORMULA_TEXTS.at, organisation: null, role: 'deputy' },
        ],
        nextMeetingOn: '2026-12-10',
        initiatives: [
          {
            title: { fi: 'Yhteentoimivuuslaki', sv: 'Interoperabilitetslagen', en: null },
            leadMinistry: 'VM',
            relation: 'prepares_position',
          },
        ],
      },
      { ...E_LEADERS, agency: FORMULA_TEXTS.plus, representatives: [], nextMeetingOn: null, initiatives: [] },
    ],
    results: [
      {
        ...DESI,
        result: { edition: '2024', publishedOn: '2024-06-20', score: 69.6, rank: 1, rankOf: 27, note: null },
      },
      {
        ...DESI,
        result: { edition: '2025', publishedOn: '2025-06-16', score: 70.2, rank: 2, rankOf: 27, note: null },
      },
      {
        ...EGDI,
        result: {
          edition: '2024',
          publishedOn: null,
          score: 0.9847,
          rank: 2,
          rankOf: 193,
          note: 'Uusi menetelmä',
        },
      },
    ],
  };
}

/** A valid meeting pack of a snapshot in Finnish, comparing to an earlier one. Override any field. */
export function testPack(overrides: Partial<MeetingPack> = {}): MeetingPack {
  const initiatives = overrides.initiatives ?? testInitiatives();
  const [first, second] = initiatives;
  const card = (i: Initiative) => ({
    id: i.id,
    title: i.title,
    leadMinistry: i.leadMinistry,
    status: i.status,
    weightedScore: i.weightedScore,
  });
  return {
    language: 'fi',
    generatedAt: '2026-12-02T10:15:00.000Z',
    today: '2026-12-02',
    source: {
      kind: 'snapshot',
      id: '33333333-3333-4333-8333-333333333333',
      label: 'Digitoimisto 3.12.',
      takenAt: '2026-12-01T14:00:00.000Z',
      takenBy: 'Kaisa Koordinaattori',
      checksum: 'sha256:9f2c4e1a7b3d5f60a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718',
    },
    label: 'Digitoimisto 3.12.',
    generatedBy: 'Kaisa Koordinaattori',
    filter: { leadMinistries: ['LVM', 'VM', 'TEM'] },
    filterWords: ['LVM', 'VM', 'TEM'],
    initiatives,
    overview: testOverview(),
    board: [
      { tier: 'critical', total: 1, cards: first ? [card(first)] : [] },
      { tier: 'high', total: 1, cards: second ? [card(second)] : [] },
      { tier: 'medium', total: 0, cards: [] },
      { tier: 'low', total: 0, cards: [] },
      { tier: 'unprioritised', total: 1, cards: [] },
    ],
    attention: first
      ? [
          {
            id: first.id,
            title: first.title,
            leadMinistry: first.leadMinistry,
            status: first.status,
            ministryHealth: first.ministryHealth.rating,
            digitoimistoHealth: first.digitoimistoHealth.rating,
            reasons: [
              { kind: 'red', assessment: 'digitoimisto' },
              {
                kind: 'euDutySoon',
                euActShortName: 'NIS2',
                deadline: '2027-01-17',
                daysLeft: 46,
              },
            ],
            severity: 120,
            daysLate: null,
          },
        ]
      : [],
    attentionTotal: first ? 1 : 0,
    euDeadlines: [
      {
        id: `${TEST_ACT_ID}:transposition:0`,
        act: {
          id: TEST_ACT_ID,
          shortName: 'NIS2',
          slug: 'NIS2',
          title: { fi: 'NIS2-direktiivi', sv: 'NIS2-direktivet', en: 'NIS2 Directive' },
          kind: 'directive',
        },
        kind: 'transposition',
        label: null,
        date: '2027-01-17',
        past: false,
        gap: false,
        state: 'inProgress',
        answeringTotal: 1,
        answeringShown: 1,
        answering: first
          ? [
              {
                id: first.id,
                title: first.title,
                leadMinistry: first.leadMinistry,
                status: first.status,
                relation: 'implements',
              },
            ]
          : [],
        relatedTotal: 0,
        relatedShown: 0,
        related: [],
      },
      {
        id: `${TEST_ACT_2_ID}:keyDate:1`,
        act: {
          id: TEST_ACT_2_ID,
          shortName: 'AI Act',
          slug: 'AI-Act',
          title: { fi: 'Tekoälysäädös', sv: 'AI-förordningen', en: 'Artificial Intelligence Act' },
          kind: 'regulation',
        },
        kind: 'keyDate',
        label: { fi: '+ Kansallinen valvontaviranomainen nimetty', sv: null, en: null },
        date: '2027-05-02',
        past: false,
        gap: true,
        state: 'gap',
        answeringTotal: 0,
        answeringShown: 0,
        answering: [],
        relatedTotal: 1,
        relatedShown: 1,
        related: second
          ? [
              {
                id: second.id,
                title: second.title,
                leadMinistry: second.leadMinistry,
                status: second.status,
                relation: 'affected_by',
              },
            ]
          : [],
      },
    ],
    changes: initiatives.length >= 2 ? testChanges(initiatives) : null,
    cooperation: testCooperation(),
    cooperationRecords: testCooperationRecords(),
    ...overrides,
  };
}
