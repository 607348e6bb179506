import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { initiativeBodies, initiatives } from '../../drizzle/schema/index.ts';
import type { Benchmark, BenchmarkResult } from '../../shared/benchmark.ts';
import { changeSentences, summarySentence } from '../../shared/change-sentences.ts';
import { codeLabel } from '../../shared/code-labels.ts';
import type { BodyRelation, Language } from '../../shared/codes.ts';
import type { Body } from '../../shared/cooperation-body.ts';
import { addDays } from '../../shared/dates.ts';
import type { Initiative } from '../../shared/initiative.ts';
import type { InitiativeFilter } from '../../shared/initiative-filter.ts';
import {
  type InitiativesPack,
  type MeetingPack,
  PACK_ATTENTION_TOP,
  PACK_DEADLINE_MONTHS,
  PACK_MEETING_DAYS,
  PACK_PUBLICATION_DAYS,
  PACK_TIER_TOP,
  type PackBenchmarkRef,
  type PackBodyRef,
  type PackCooperation,
  type PackCooperationRecords,
  type PackHeader,
  type PackSource,
  type SlidesPack,
  type WorkbookPack,
} from '../../shared/meeting-pack.ts';
import type { MinistryCode } from '../../shared/ministry.ts';
import type { TranslationLanguage } from '../../shared/missing-translations.ts';
import type { Snapshot, SnapshotRef } from '../../shared/snapshot.ts';
import { diffPortfolios, type PortfolioDiff } from '../../shared/snapshot-diff.ts';
import type { SessionUser } from '../../shared/user.ts';
import type { Db } from '../db/database.ts';
import { attentionList } from './attention.ts';
import { listBenchmarks, resultsByBenchmark } from './benchmark.ts';
import { getBoard } from './board.ts';
import { listBodies } from './cooperation-body.ts';
import { boardPlaces, changedInitiativeIds, type DiffSide, diffInputs } from './diff-inputs.ts';
import { loadSelectedInitiatives } from './initiative.ts';
import { type InitiativeDocuments, selectedInitiativeDocuments } from './initiative-documents.ts';
import { filterConditions } from './initiative-list.ts';
import { overview } from './overview.ts';
import { getRadar } from './radar.ts';
import { readDay } from './read-day.ts';
import { type ScoringContext, scoringContext } from './scoring-context.ts';
import { atSnapshot, diffSideOf, getSnapshot } from './snapshot.ts';
import { cooperationFrozen } from './snapshot-content.ts';

const NOW_LABEL: Record<Language, string> = { fi: 'Nykytilanne', sv: 'Nuläge', en: 'Current' };

/** The ids a filter selects (every one, archived too, without a filter), in title order of the language. */
async function selectedIds(db: Db, filter: InitiativeFilter | null, language: Language): Promise<string[]> {
  const title = sql.raw(`"initiatives"."sort_title_${language}"`);
  const rows = await db
    .select({ id: initiatives.id })
    .from(initiatives)
    .where(filter ? filterConditions(filter, readDay()) : undefined)
    .orderBy(asc(title), asc(initiatives.id));
  return rows.map((row) => row.id);
}

/** What selects a filter's initiatives, in title order of the language, on the picture's day. */
function selection(filter: InitiativeFilter | null, language: Language) {
  const today = readDay();
  const title = sql.raw(`"initiatives"."sort_title_${language}"`);
  return {
    today,
    where: filter ? filterConditions(filter, today) : undefined,
    order: [asc(title), asc(initiatives.id)],
  };
}

/** The initiatives a filter selects, every field, by title. */
export function selectedInitiatives(
  db: Db,
  filter: InitiativeFilter | null,
  language: Language,
): Promise<Initiative[]> {
  const { today, where, order } = selection(filter, language);
  return loadSelectedInitiatives(db, where, order, today);
}

export interface PortfolioChanges {
  from: Snapshot | null;
  to: Snapshot | null;
  diff: PortfolioDiff;
  summary: string;
  sentences: ReturnType<typeof changeSentences>;
}

const LIVE: DiffSide = { schema: null, hasDiffRows: false };

/** A picture as one side of a diff: a checked snapshot, or now. */
async function sideOf(db: Db, ref: SnapshotRef): Promise<{ snapshot: Snapshot | null; side: DiffSide }> {
  return ref === 'now' ? { snapshot: null, side: LIVE } : diffSideOf(db, ref);
}

/**
 * What changed between two pictures (snapshots or now). The database finds the initiatives that
 * may differ (diff-inputs.ts changedInitiativeIds); only those are read, with the board places
 * of the ones whose rank changed within their tier, and the diff and its sentences are computed
 * by the pure functions of shared/ — portfolio-changes.test.ts holds that this equals the diff
 * of the two whole portfolios. `only` keeps the changes of the initiatives a filter selects on
 * either side (the pack of a filtered view; board places then count only those).
 */
export async function portfolioChanges(
  db: Db,
  from: SnapshotRef,
  to: SnapshotRef,
  language: Language,
  only?: ReadonlySet<string>,
): Promise<PortfolioChanges> {
  const [before, after] = [await sideOf(db, from), await sideOf(db, to)];
  let ids = await changedInitiativeIds(db, before.side, after.side);
  if (only) ids = ids.filter((id) => only.has(id));
  const read = <T>(ref: SnapshotRef, query: (at: Db) => Promise<T>) =>
    atSnapshot(db, ref === 'now' ? undefined : ref, query);
  const [was, is] = [
    await read(from, (at) => diffInputs(at, ids)),
    await read(to, (at) => diffInputs(at, ids)),
  ];
  const previousOf = new Map(was.map((i) => [i.id, i]));
  // Cards whose rank changed within their tier: the diff reports them by their places.
  const moved = is
    .filter((i) => {
      const previous = previousOf.get(i.id);
      return previous && previous.tier === i.tier && previous.rank !== i.rank;
    })
    .map((i) => i.id);
  const among = only ? [...only] : undefined;
  const places =
    moved.length > 0
      ? {
          before: await boardPlaces(db, before.side, moved, among),
          after: await boardPlaces(db, after.side, moved, among),
        }
      : undefined;
  const diff = diffPortfolios(was, is, language, places);
  return {
    from: before.snapshot,
    to: after.snapshot,
    diff,
    summary: summarySentence(diff.summary, language),
    sentences: changeSentences(diff, language),
  };
}

/** The filter's conditions in words for a cover page: codes by their labels, the rest by name. */
export function filterWords(filter: InitiativeFilter, language: Language): string[] {
  const words: string[] = [];
  const label = (
    group: 'status' | 'theme' | 'kind' | 'track' | 'health' | 'tier' | 'funding',
    codes?: string[],
  ) => {
    for (const code of codes ?? []) words.push(codeLabel(language, group, code as never));
  };
  words.push(...(filter.ministries ?? []), ...(filter.leadMinistries ?? []));
  label('status', filter.statuses);
  label('theme', filter.themes);
  label('kind', filter.kinds);
  label('track', filter.tracks);
  label('health', filter.health);
  label('health', filter.ministryHealth);
  label('health', filter.digitoimistoHealth);
  label('funding', filter.fundingSources);
  label('tier', filter.tiers);
  words.push(...(filter.euActs ?? []));
  words.push(...(filter.bodies ?? []));
  if (filter.text) words.push(`”${filter.text}”`);
  const flags: [keyof InitiativeFilter, Record<Language, string>][] = [
    ['late', { fi: 'myöhässä', sv: 'försenade', en: 'late' }],
    ['euOverdue', { fi: 'EU-määräaika ohitettu', sv: 'EU-tidsfrist passerad', en: 'EU deadline passed' }],
    ['milestoneOverdue', { fi: 'virstanpylväs myöhässä', sv: 'delmål försenat', en: 'milestone overdue' }],
    ['qualityIssues', { fi: 'tiedoissa puutteita', sv: 'brister i uppgifterna', en: 'data has gaps' }],
    [
      'assessmentsDisagree',
      { fi: 'arviot eroavat', sv: 'bedömningarna skiljer sig', en: 'assessments differ' },
    ],
  ];
  for (const [key, text] of flags) if (filter[key]) words.push(text[language]);
  const missing: Record<TranslationLanguage, Record<Language, string>> = {
    sv: { fi: 'ruotsinkielinen teksti puuttuu', sv: 'svensk text saknas', en: 'Swedish text missing' },
    en: { fi: 'englanninkielinen teksti puuttuu', sv: 'engelsk text saknas', en: 'English text missing' },
  };
  for (const lang of filter.missingTranslations ?? []) words.push(missing[lang][language]);
  if (filter.euDeadlineWithinDays !== undefined) {
    words.push(
      {
        fi: `EU-määräaika ${filter.euDeadlineWithinDays} pv`,
        sv: `EU-tidsfrist ${filter.euDeadlineWithinDays} d`,
        en: `EU deadline ${filter.euDeadlineWithinDays} days`,
      }[language],
    );
  }
  return words;
}

export interface PackRequest {
  /** A snapshot's id, or `now`. */
  source: SnapshotRef;
  filter: InitiativeFilter;
  language: Language;
  compareTo?: string;
  user: SessionUser;
}

/**
 * A file's contents for a source and the list's filter: its header, the parts `read` reads with
 * the services the pages use, inside the snapshot when the source is one (so the file is the
 * page), and the changes since `compareTo`. `idsOf` gives the selection's ids when the parts hold
 * them (a diff keeps the changes of the selection), saving a query.
 */
async function buildPack<T extends object>(
  db: Db,
  request: PackRequest,
  read: (at: Db) => Promise<T>,
  idsOf?: (parts: T) => string[],
): Promise<PackHeader & T> {
  const { filter, language } = request;
  const snapshotId = request.source === 'now' ? undefined : request.source;
  const snapshot = snapshotId ? await getSnapshot(db, snapshotId) : null;
  const source: PackSource = snapshot
    ? {
        kind: 'snapshot',
        id: snapshot.id,
        label: snapshot.label,
        takenAt: snapshot.takenAt.toISOString(),
        takenBy: snapshot.takenByName,
        checksum: snapshot.checksum,
      }
    : { kind: 'now' };
  const { today, parts, ids } = await atSnapshot(db, snapshotId, async (at) => {
    const parts = await read(at);
    const ids = !request.compareTo ? [] : idsOf ? idsOf(parts) : await selectedIds(at, filter, language);
    return { today: readDay(), parts, ids };
  });
  let changes: MeetingPack['changes'] = null;
  if (request.compareTo) {
    const only = new Set(ids);
    // The other side's selection too: an initiative the filter no longer selects has changed out of it.
    for (const id of await atSnapshot(db, request.compareTo, (at) => selectedIds(at, filter, language)))
      only.add(id);
    const found = await portfolioChanges(db, request.compareTo, request.source, language, only);
    changes = {
      fromLabel: found.from?.label ?? NOW_LABEL[language],
      fromTakenAt: found.from?.takenAt.toISOString() ?? new Date().toISOString(),
      diff: found.diff,
      sentences: found.sentences.map((sentence) => sentence.text),
    };
  }
  return {
    language,
    generatedAt: new Date().toISOString(),
    today,
    source,
    label: snapshot?.label ?? NOW_LABEL[language],
    generatedBy: request.user.displayName,
    filter,
    filterWords: filterWords(filter, language),
    changes,
    ...parts,
  };
}

/** The EU key dates from the picture's today to PACK_DEADLINE_MONTHS ahead. */
async function comingDeadlines(db: Db, request: PackRequest) {
  const { filter, language } = request;
  const radar = await getRadar(db, { filter, language, monthsBack: 0, monthsAhead: PACK_DEADLINE_MONTHS });
  return radar.dates.filter((date) => !date.past);
}

const bodyRef = (body: Body): PackBodyRef => ({
  shortName: body.shortName,
  name: body.name,
  organisation: body.organisation,
  ministry: body.ministry,
});
const benchmarkRef = (benchmark: Benchmark): PackBenchmarkRef => ({
  shortName: benchmark.shortName,
  name: benchmark.name,
  publisher: benchmark.publisher,
  scoreScale: benchmark.scoreScale,
});
const resultData = ({ id: _id, ...result }: BenchmarkResult) => result;

/**
 * International cooperation as of the read's today: meetings of the next PACK_MEETING_DAYS,
 * publications of the next PACK_PUBLICATION_DAYS, soonest first, and Finland's latest result
 * per benchmark. Null in a snapshot that did not freeze cooperation data (it predates it).
 */
async function packCooperation(db: Db): Promise<PackCooperation | null> {
  if (!cooperationFrozen()) return null;
  const today = readDay();
  const within = (date: string | null, days: number): date is string =>
    date !== null && date >= today && date <= addDays(today, days);
  const soonest =
    <T extends { shortName: string }>(date: (item: T) => string) =>
    (a: T, b: T) =>
      date(a).localeCompare(date(b)) || a.shortName.localeCompare(b.shortName);
  const bodies = await listBodies(db);
  const benchmarks = await listBenchmarks(db);
  return {
    meetings: bodies
      .flatMap((body) =>
        within(body.nextMeetingOn, PACK_MEETING_DAYS)
          ? [{ ...bodyRef(body), nextMeetingOn: body.nextMeetingOn }]
          : [],
      )
      .sort(soonest((m) => m.nextMeetingOn)),
    publications: benchmarks
      .flatMap((benchmark) =>
        within(benchmark.nextPublicationOn, PACK_PUBLICATION_DAYS)
          ? [{ ...benchmarkRef(benchmark), nextPublicationOn: benchmark.nextPublicationOn }]
          : [],
      )
      .sort(soonest((p) => p.nextPublicationOn)),
    latest: benchmarks.flatMap((benchmark) =>
      benchmark.latest ? [{ ...benchmarkRef(benchmark), result: resultData(benchmark.latest) }] : [],
    ),
  };
}

/** Every body with its active initiatives, and every benchmark's results; null as packCooperation. */
async function packCooperationRecords(db: Db): Promise<PackCooperationRecords | null> {
  if (!cooperationFrozen()) return null;
  const bodies = await listBodies(db);
  const links = await db
    .select({
      bodyId: initiativeBodies.bodyId,
      relation: initiativeBodies.relation,
      titleFi: initiatives.titleFi,
      titleSv: initiatives.titleSv,
      titleEn: initiatives.titleEn,
      leadMinistry: initiatives.leadMinistry,
    })
    .from(initiativeBodies)
    .innerJoin(
      initiatives,
      and(eq(initiatives.id, initiativeBodies.initiativeId), isNull(initiatives.archivedAt)),
    )
    .orderBy(asc(initiatives.titleFi), asc(initiativeBodies.relation));
  const linked = new Map<string, PackCooperationRecords['bodies'][number]['initiatives']>();
  for (const link of links)
    linked.set(link.bodyId, [
      ...(linked.get(link.bodyId) ?? []),
      {
        title: { fi: link.titleFi, sv: link.titleSv, en: link.titleEn },
        leadMinistry: link.leadMinistry as MinistryCode,
        relation: link.relation as BodyRelation,
      },
    ]);
  const benchmarks = await listBenchmarks(db);
  const results = await resultsByBenchmark(db);
  return {
    bodies: bodies.map((body) => ({
      ...bodyRef(body),
      agency: body.agency,
      representatives: body.representatives,
      nextMeetingOn: body.nextMeetingOn,
      initiatives: linked.get(body.id) ?? [],
    })),
    results: benchmarks.flatMap((benchmark) =>
      (results.get(benchmark.id) ?? []).map((result) => ({
        ...benchmarkRef(benchmark),
        result: resultData(result),
      })),
    ),
  };
}

/**
 * The PDF and PPTX packs' contents: the overview, the board's tops, needing attention, the EU
 * deadlines and international cooperation (the catalogues whole: a body or benchmark is no
 * initiative the filter could select).
 */
export function buildSlidesPack(db: Db, request: PackRequest): Promise<SlidesPack> {
  const { filter, language } = request;
  return buildPack(db, request, async (at) => {
    const stats = await overview(at, filter);
    const board = await getBoard(at, { filter, language, perTier: PACK_TIER_TOP });
    const attention = await attentionList(at, { filter, language, limit: PACK_ATTENTION_TOP });
    return {
      overview: stats,
      board: board.columns.map((column) => ({
        tier: column.tier,
        total: column.total,
        cards: column.cards.map((card) => ({
          id: card.id,
          title: card.title,
          leadMinistry: card.leadMinistry,
          status: card.status,
          weightedScore: card.weightedScore,
        })),
      })),
      attention: attention.items,
      attentionTotal: attention.total,
      euDeadlines: await comingDeadlines(at, request),
      cooperation: await packCooperation(at),
    };
  });
}

const idsOfInitiatives = (parts: { initiatives: Initiative[] }) => parts.initiatives.map((i) => i.id);

/**
 * The XLSX workbook's contents but its initiatives, which `withDocuments` receives as soon as
 * they are read, as JSON documents with the day and the scoring to make them by
 * (services/initiative-documents.ts): export/xlsx-job.ts writes their sheet in a worker thread
 * while the rest is read.
 */
export function buildWorkbookRest(
  db: Db,
  request: PackRequest,
  withDocuments: (documents: InitiativeDocuments, today: string, scoring: ScoringContext) => void,
): Promise<Omit<WorkbookPack, 'initiatives'>> {
  return buildPack(db, request, async (at) => {
    const { today, where, order } = selection(request.filter, request.language);
    withDocuments(await selectedInitiativeDocuments(at, where, order), today, await scoringContext(at));
    return {
      overview: await overview(at, request.filter),
      euDeadlines: await comingDeadlines(at, request),
      cooperationRecords: await packCooperationRecords(at),
    };
  });
}

/** The CSV's contents: every initiative selected (a CSV has no room for the changes). */
export function buildInitiativesPack(db: Db, request: PackRequest): Promise<InitiativesPack> {
  return buildPack(
    db,
    { ...request, compareTo: undefined },
    async (at) => ({ initiatives: await selectedInitiatives(at, request.filter, request.language) }),
    idsOfInitiatives,
  );
}
