import { asc, sql } from 'drizzle-orm';
import { initiatives } from '../../drizzle/schema/index.ts';
import { changeSentences, summarySentence } from '../../shared/change-sentences.ts';
import { codeLabel } from '../../shared/code-labels.ts';
import type { Language } from '../../shared/codes.ts';
import type { Initiative } from '../../shared/initiative.ts';
import type { InitiativeFilter } from '../../shared/initiative-filter.ts';
import {
  type MeetingPack,
  PACK_ATTENTION_TOP,
  PACK_DEADLINE_MONTHS,
  PACK_TIER_TOP,
  type PackSource,
} from '../../shared/meeting-pack.ts';
import type { Snapshot, SnapshotRef } from '../../shared/snapshot.ts';
import { diffPortfolios, type PortfolioDiff } from '../../shared/snapshot-diff.ts';
import type { SessionUser } from '../../shared/user.ts';
import type { Db } from '../db/database.ts';
import { attentionList } from './attention.ts';
import { getBoard } from './board.ts';
import { boardPlaces, changedInitiativeIds, type DiffSide, diffInputs } from './diff-inputs.ts';
import { loadInitiatives } from './initiative.ts';
import { filterConditions } from './initiative-list.ts';
import { overview } from './overview.ts';
import { getRadar } from './radar.ts';
import { readDay } from './read-day.ts';
import { atSnapshot, diffSideOf, getSnapshot } from './snapshot.ts';

/** Initiatives read per round of loadInitiatives: few rounds, each with bounded `in` lists. */
const CHUNK = 2000;
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

/** The initiatives a filter selects, every field, by title. */
export async function selectedInitiatives(
  db: Db,
  filter: InitiativeFilter | null,
  language: Language,
): Promise<Initiative[]> {
  const ids = await selectedIds(db, filter, language);
  const loaded: Initiative[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) {
    // Without the authors (the dearest of its queries): no file shows them.
    loaded.push(...(await loadInitiatives(db, ids.slice(i, i + CHUNK), readDay(), { authors: false })));
  }
  return loaded;
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
  const tierOf = new Map(was.map((i) => [i.id, i]));
  const moved = is
    .filter((i) => {
      const previous = tierOf.get(i.id);
      return previous && previous.tier === i.tier && previous.rank !== i.rank;
    })
    .map((i) => i.id);
  const among = only ? [...only] : undefined;
  const places =
    moved.length > 0
      ? {
          before: await read(from, (at) => boardPlaces(at, moved, among)),
          after: await read(to, (at) => boardPlaces(at, moved, among)),
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
  /** Whether the renderer lists every initiative (XLSX, CSV), or only the pack's tops (PDF, PPTX). */
  withInitiatives: boolean;
}

/**
 * Everything an export file shows, for a source and the list's filter: read with the same
 * services the pages use, inside the snapshot when the source is one (so the file is the page).
 */
export async function buildMeetingPack(db: Db, request: PackRequest): Promise<MeetingPack> {
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
  const read = await atSnapshot(db, snapshotId, async (at) => {
    const today = readDay();
    const [stats, board, attention, radar, selected, ids] = [
      await overview(at, filter),
      await getBoard(at, { filter, language, perTier: PACK_TIER_TOP }),
      await attentionList(at, { filter, language, limit: PACK_ATTENTION_TOP }),
      await getRadar(at, { filter, language, monthsBack: 0, monthsAhead: PACK_DEADLINE_MONTHS }),
      request.withInitiatives ? await selectedInitiatives(at, filter, language) : [],
      request.compareTo ? await selectedIds(at, filter, language) : [],
    ];
    return { today, stats, board, attention, radar, selected, ids };
  });
  let changes: MeetingPack['changes'] = null;
  if (request.compareTo) {
    const only = new Set(read.ids);
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
    today: read.today,
    source,
    label: snapshot?.label ?? NOW_LABEL[language],
    generatedBy: request.user.displayName,
    filter,
    filterWords: filterWords(filter, language),
    initiatives: request.withInitiatives ? read.selected : [],
    overview: read.stats,
    board: read.board.columns.map((column) => ({
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
    attention: read.attention.items,
    attentionTotal: read.attention.total,
    euDeadlines: read.radar.dates.filter((date) => !date.past),
    changes,
  };
}
