import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  FUNDING_SOURCES,
  HEALTH_RATINGS,
  INITIATIVE_KINDS,
  STATUSES,
  THEMES,
  TIERS,
  TRACKS,
} from './codes.ts';
import { euActSlug } from './eu-act.ts';
import {
  activeFilterCount,
  bodySlug,
  filterFromSearchParams,
  filterToSearchParams,
  type InitiativeFilter,
  type InitiativeSort,
  initiativeFilterSchema,
  SORT_FIELDS,
} from './initiative-filter.ts';
import { MINISTRY_CODES } from './ministry.ts';
import { TRANSLATION_LANGUAGES } from './missing-translations.ts';

const listOf = <T>(values: readonly T[], maxLength: number) =>
  fc.uniqueArray(fc.constantFrom(...values), { minLength: 1, maxLength });

/** Filters as the schema produces them: every value valid, text trimmed and non-empty. */
const filterArbitrary: fc.Arbitrary<InitiativeFilter> = fc.record(
  {
    ministries: listOf(MINISTRY_CODES, 12),
    leadMinistries: listOf(MINISTRY_CODES, 12),
    statuses: listOf(STATUSES, 6),
    euActs: fc.uniqueArray(fc.oneof(fc.uuid(), fc.stringMatching(/^[A-Za-z0-9ÄÖäö./()-]{1,20}$/)), {
      minLength: 1,
      maxLength: 5,
    }),
    bodies: fc.uniqueArray(fc.oneof(fc.uuid(), fc.stringMatching(/^[A-Za-z0-9ÄÖäö./()-]{1,20}$/)), {
      minLength: 1,
      maxLength: 5,
    }),
    themes: listOf(THEMES, 12),
    kinds: listOf(INITIATIVE_KINDS, 7),
    tracks: listOf(TRACKS, 2),
    health: listOf(HEALTH_RATINGS, 4),
    ministryHealth: listOf(HEALTH_RATINGS, 4),
    digitoimistoHealth: listOf(HEALTH_RATINGS, 4),
    fundingSources: listOf(FUNDING_SOURCES, 6),
    tiers: listOf(TIERS, 5),
    euDeadlineWithinDays: fc.integer({ min: 0, max: 3650 }),
    late: fc.constant(true),
    euOverdue: fc.constant(true),
    milestoneOverdue: fc.constant(true),
    qualityIssues: fc.constant(true),
    assessmentsDisagree: fc.constant(true),
    missingTranslations: listOf(TRANSLATION_LANGUAGES, 2),
    text: fc
      .string({ unit: 'grapheme', minLength: 1, maxLength: 60 })
      .map((s) => s.trim())
      .filter((s) => s.length > 0 && s.length <= 200),
    archived: fc.constantFrom('archived' as const, 'all' as const),
  },
  { requiredKeys: [] },
);

const sortArbitrary: fc.Arbitrary<InitiativeSort> = fc.record({
  field: fc.constantFrom(...SORT_FIELDS),
  direction: fc.constantFrom('asc' as const, 'desc' as const),
});

/** Through a real query string, as a shared link travels. */
const viaUrl = (params: URLSearchParams) => new URLSearchParams(params.toString());

describe('filterToSearchParams / filterFromSearchParams', () => {
  it('round-trips every valid filter and sort through the query string', () => {
    fc.assert(
      fc.property(filterArbitrary, fc.option(sortArbitrary, { nil: undefined }), (filter, sort) => {
        const read = filterFromSearchParams(viaUrl(filterToSearchParams(filter, sort)));
        expect(read.filter).toEqual(filter);
        expect(read.sort).toEqual(sort);
      }),
    );
  });

  it('writes the same filter to the same query string (stable order, shareable links)', () => {
    fc.assert(
      fc.property(filterArbitrary, sortArbitrary, (filter, sort) => {
        const shuffled = Object.fromEntries(Object.entries(filter).reverse()) as InitiativeFilter;
        expect(filterToSearchParams(shuffled, sort).toString()).toBe(
          filterToSearchParams(filter, sort).toString(),
        );
      }),
    );
  });

  it('leaves defaults out of the URL: active, no disagreement flag, empty lists', () => {
    const params = filterToSearchParams({
      archived: 'active',
      assessmentsDisagree: false,
      statuses: [],
      text: '',
    });
    expect(params.toString()).toBe('');
    expect(filterFromSearchParams(params)).toEqual({ filter: {} });
  });

  it('uses the documented parameter names', () => {
    const params = filterToSearchParams(
      {
        ministries: ['LVM', 'VM'],
        statuses: ['ongoing'],
        euDeadlineWithinDays: 90,
        assessmentsDisagree: true,
        text: 'data',
      },
      { field: 'endDate', direction: 'desc' },
    );
    expect(params.toString()).toBe(
      'ministry=LVM%2CVM&status=ongoing&euWithin=90&disagree=1&q=data&sort=endDate&dir=desc',
    );
  });

  it('drops unknown values instead of failing', () => {
    const { filter, sort } = filterFromSearchParams(
      new URLSearchParams(
        'ministry=LVM,XYZ,,lvm&status=ongoing,bogus&eu=,,&euWithin=-5&disagree=yes&late=yes&archived=nope&sort=colour&dir=up',
      ),
    );
    expect(filter).toEqual({ ministries: ['LVM'], statuses: ['ongoing'] });
    expect(sort).toBeUndefined();
  });

  it('ignores an out-of-range or non-numeric euWithin', () => {
    expect(filterFromSearchParams(new URLSearchParams('euWithin=3651')).filter).toEqual({});
    expect(filterFromSearchParams(new URLSearchParams('euWithin=abc')).filter).toEqual({});
    expect(filterFromSearchParams(new URLSearchParams('euWithin=0')).filter).toEqual({
      euDeadlineWithinDays: 0,
    });
  });

  it('trims the search text and caps it at 200 characters', () => {
    expect(filterFromSearchParams(new URLSearchParams({ q: '  hanke  ' })).filter).toEqual({ text: 'hanke' });
    expect(filterFromSearchParams(new URLSearchParams({ q: '   ' })).filter).toEqual({});
    expect(filterFromSearchParams(new URLSearchParams({ q: 'a'.repeat(500) })).filter.text).toHaveLength(200);
  });

  it('reads EU act ids in lower case and leaves out a search text the API would refuse', () => {
    const id = '3b1f5d2e-8c4a-4e1b-9f2d-7a6c5b4e3d21';
    expect(filterFromSearchParams(new URLSearchParams({ eu: id.toUpperCase() })).filter).toEqual({
      euActs: [id],
    });
    expect(filterFromSearchParams(new URLSearchParams({ q: 'haku\u0000' })).filter).toEqual({});
    expect(filterFromSearchParams(new URLSearchParams({ q: 'haku\u0007' })).filter).toEqual({});
    // Capping at 200 never leaves half an emoji behind.
    const text = `${'a'.repeat(199)}\u{1F680}`;
    expect(filterFromSearchParams(new URLSearchParams({ q: text })).filter).toEqual({
      text: 'a'.repeat(199),
    });
  });

  it('names EU acts by short name: "AI Act" is AI-Act in the link, and reads back the same', () => {
    const params = filterToSearchParams({ euActs: [euActSlug('AI Act'), euActSlug('NIS2')] });
    expect(params.get('eu')).toBe('AI-Act,NIS2');
    expect(filterFromSearchParams(viaUrl(params)).filter).toEqual({ euActs: ['AI-Act', 'NIS2'] });
    // Typed by hand with the space, or with the comma URL-encoded: the same acts.
    expect(filterFromSearchParams(new URLSearchParams('eu=AI+Act%2CNIS2')).filter).toEqual({
      euActs: ['AI-Act', 'NIS2'],
    });
  });

  it('names cooperation bodies by short name in body=, as acts are named in eu=', () => {
    const params = filterToSearchParams({ bodies: [bodySlug('OECD E-Leaders'), bodySlug('MR-DIGITAL')] });
    expect(params.get('body')).toBe('OECD-E-Leaders,MR-DIGITAL');
    expect(filterFromSearchParams(viaUrl(params)).filter).toEqual({
      bodies: ['OECD-E-Leaders', 'MR-DIGITAL'],
    });
    expect(filterFromSearchParams(new URLSearchParams('body=OECD+E-Leaders,,OECD-E-Leaders')).filter).toEqual(
      {
        bodies: ['OECD-E-Leaders'],
      },
    );
    const id = '3b1f5d2e-8c4a-4e1b-9f2d-7a6c5b4e3d21';
    expect(filterFromSearchParams(new URLSearchParams({ body: id.toUpperCase() })).filter).toEqual({
      bodies: [id],
    });
    expect(activeFilterCount({ bodies: ['X'] })).toBe(1);
  });

  it('keeps an old link with an act id working: the id stays in the filter, in lower case', () => {
    const id = '3b1f5d2e-8c4a-4e1b-9f2d-7a6c5b4e3d21';
    expect(filterFromSearchParams(new URLSearchParams({ eu: `${id.toUpperCase()},NIS2` })).filter).toEqual({
      euActs: [id, 'NIS2'],
    });
    expect(initiativeFilterSchema.parse({ euActs: [id.toUpperCase(), 'Data Act'] }).euActs).toEqual([
      id,
      'Data-Act',
    ]);
  });

  it('writes the late filter as late=1 and sorts by lateness', () => {
    const params = filterToSearchParams({ late: true }, { field: 'lateness', direction: 'asc' });
    expect(params.toString()).toBe('late=1&sort=lateness&dir=asc');
    expect(filterFromSearchParams(params)).toEqual({
      filter: { late: true },
      sort: { field: 'lateness', direction: 'asc' },
    });
  });

  it('writes the missing-translation filter as missing=sv,en and drops any other language', () => {
    const params = filterToSearchParams({ missingTranslations: ['sv', 'en'], statuses: ['ongoing'] });
    expect(params.toString()).toBe('status=ongoing&missing=sv%2Cen');
    expect(filterFromSearchParams(viaUrl(params)).filter).toEqual({
      statuses: ['ongoing'],
      missingTranslations: ['sv', 'en'],
    });
    // Finnish cannot be missing; a repeated or unknown language is left out, never fatal.
    expect(filterFromSearchParams(new URLSearchParams('missing=fi,en,en,de')).filter).toEqual({
      missingTranslations: ['en'],
    });
    expect(filterFromSearchParams(new URLSearchParams('missing=fi')).filter).toEqual({});
    expect(initiativeFilterSchema.safeParse({ missingTranslations: ['fi'] }).success).toBe(false);
    expect(activeFilterCount({ missingTranslations: ['sv'] })).toBe(1);
  });

  it('defaults the sort direction to ascending', () => {
    expect(filterFromSearchParams(new URLSearchParams('sort=tier')).sort).toEqual({
      field: 'tier',
      direction: 'asc',
    });
  });

  // A hand-edited or repeated link must still give a filter the list accepts ("never fatal").
  it('always reads a filter that initiativeFilterSchema accepts, whatever the query string', () => {
    const listParams: [string, readonly string[]][] = [
      ['ministry', MINISTRY_CODES],
      ['lead', MINISTRY_CODES],
      ['status', STATUSES],
      ['theme', THEMES],
      ['kind', INITIATIVE_KINDS],
      ['track', TRACKS],
      ['health', HEALTH_RATINGS],
      ['tier', TIERS],
      ['missing', TRANSLATION_LANGUAGES],
    ];
    const listPair = fc
      .constantFrom(...listParams)
      .chain(([name, allowed]) =>
        fc
          .array(fc.constantFrom(...allowed, 'x', ''), { maxLength: 30 })
          .map((values) => [name, values.join(',')] as [string, string]),
      );
    const otherPair = fc.tuple(
      fc.constantFrom('eu', 'euWithin', 'disagree', 'late', 'q', 'archived', 'sort', 'dir'),
      // Any UTF-16 at all, lone surrogates and control characters included: a link is typed by hand.
      fc.oneof(fc.string(), fc.string({ unit: 'binary', maxLength: 300 })),
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(listPair, otherPair), { maxLength: 8 }), (pairs) => {
        const { filter } = filterFromSearchParams(new URLSearchParams(pairs));
        const parsed = initiativeFilterSchema.safeParse(filter);
        expect(
          parsed.success,
          `${new URLSearchParams(pairs)} → ${JSON.stringify(parsed.error?.issues)}`,
        ).toBe(true);
      }),
    );
  });

  it('reads a link that repeats a value into a filter the list accepts', () => {
    const { filter } = filterFromSearchParams(
      new URLSearchParams('track=public_administration,public_administration,digitalisation_data_economy'),
    );
    expect(initiativeFilterSchema.safeParse(filter).success).toBe(true);
  });
});

describe('activeFilterCount', () => {
  it('counts the conditions that narrow the list, not the defaults', () => {
    expect(activeFilterCount({})).toBe(0);
    expect(
      activeFilterCount({ archived: 'active', statuses: [], assessmentsDisagree: false, text: '' }),
    ).toBe(0);
    expect(
      activeFilterCount({
        ministries: ['LVM'],
        archived: 'all',
        euDeadlineWithinDays: 0,
        assessmentsDisagree: true,
      }),
    ).toBe(4);
  });
});
