/**
 * What changed between two pictures of the portfolio (two snapshots, or a snapshot and now):
 * a pure function over the initiatives as read (shared/initiative.ts `Initiative`), so the page,
 * the XLSX, PDF and PPTX packs and the tests all tell the same changes. Fields compare as
 * diffFields of shared/initiative-changes.ts does (sameValue), lists item by item.
 */
import { compareRanks } from './board-rank.ts';
import type { EuRelation, Language, PreparationStage, Status, Tier } from './codes.ts';
import type { EuImpact } from './eu-impact.ts';
import type { HealthAssessment } from './health.ts';
import type { Initiative } from './initiative.ts';
import { sameValue } from './initiative-changes.ts';
import { type LocalizedText, pickLocalized } from './localized-text.ts';
import type { Milestone } from './milestone.ts';
import type { MinistryCode } from './ministry.ts';
import { titleSortKey } from './title-sort.ts';

/** The fields a diff reports, in reading order. */
export const DIFF_FIELDS = [
  'status',
  'preparationStage',
  'ministryHealth',
  'digitoimistoHealth',
  'tier',
  'rank',
  'startDate',
  'endDate',
  'budgetCents',
  'euImpacts',
  'milestones',
] as const;
export type DiffField = (typeof DIFF_FIELDS)[number];

type Change<F extends DiffField, V> = { field: F; before: V; after: V };

/** An assessment as a diff reports it: the diff gives the whole assessment; what is told is the rating and reason. */
export type HealthValue = Pick<HealthAssessment, 'rating'> & Partial<Omit<HealthAssessment, 'rating'>>;

/**
 * One changed field of one initiative, before and after (values as in `Initiative`). An
 * assessment is compared by its rating and reason (the stamps follow them). A rank change is
 * reported only within the same tier, with the card's place in the tier on each side (1 =
 * top); a tier change says nothing of the rank, which is new in any case. `milestones` and
 * `euImpacts` are reported when they have events (`milestoneEvents`, `euImpactEvents`), which
 * tell what happened; a mere reordering is no change.
 */
export type DiffFieldChange =
  | Change<'status', Status>
  | Change<'preparationStage', PreparationStage | null>
  | Change<'ministryHealth' | 'digitoimistoHealth', HealthValue>
  | Change<'tier', Tier>
  | (Change<'rank', string | null> & { tier: Tier; beforePosition: number; afterPosition: number })
  | Change<'startDate' | 'endDate', string | null>
  | Change<'budgetCents', number | null>
  | Change<'euImpacts', EuImpact[]>
  | Change<'milestones', Milestone[]>;

/** A milestone event between the two pictures: done, slipped (due date later), added or removed. */
export interface MilestoneEvent {
  kind: 'done' | 'reopened' | 'slipped' | 'advanced' | 'added' | 'removed';
  title: string;
  before: { dueDate: string; doneAt: string | null } | null;
  after: { dueDate: string; doneAt: string | null } | null;
}

/** An EU impact added, removed or changed (deadline, note), by act short name and relation. */
export interface EuImpactEvent {
  kind: 'added' | 'removed' | 'changed';
  /** The act's short name (the newer picture's, when both have the impact). */
  euAct: string;
  relation: EuRelation;
  before: { deadline: string | null; note: string | null } | null;
  after: { deadline: string | null; note: string | null } | null;
}

export interface InitiativeRef {
  id: string;
  title: LocalizedText;
  leadMinistry: MinistryCode;
  status: Status;
}

/** An initiative in one picture only. */
export interface InitiativePresence extends InitiativeRef {
  /** It is in the other picture too, but archived: restored from the archive, or archived (absent: no). */
  archived?: boolean;
}

export interface InitiativeDiff extends InitiativeRef {
  changes: DiffFieldChange[];
  milestoneEvents: MilestoneEvent[];
  euImpactEvents: EuImpactEvent[];
}

export interface DiffSummary {
  added: number;
  removed: number;
  changed: number;
  /** Either assessment became red (from anything else). */
  movedToRed: number;
  /** Either assessment left red. */
  leftRed: number;
  completed: number;
  tierChanged: number;
  milestonesDone: number;
  milestonesSlipped: number;
}

export interface PortfolioDiff {
  /** In the order of the `after` side's titles. */
  added: InitiativePresence[];
  /** In the order of the `before` side's titles. */
  removed: InitiativePresence[];
  /** Only initiatives with at least one change, in the order of the `after` side's titles. */
  changed: InitiativeDiff[];
  summary: DiffSummary;
}

/**
 * The shape both sides of a diff need (an `Initiative` as read satisfies it; so does one read
 * back from a snapshot's JSON, where the archiving time is a string).
 */
export type DiffInput = Pick<
  Initiative,
  | 'id'
  | 'title'
  | 'leadMinistry'
  | 'status'
  | 'preparationStage'
  | 'ministryHealth'
  | 'digitoimistoHealth'
  | 'tier'
  | 'rank'
  | 'startDate'
  | 'endDate'
  | 'budgetCents'
  | 'euImpacts'
  | 'milestones'
> & { archivedAt: Date | string | null };

const CODE_FIELDS = ['status', 'preparationStage'] as const;
const DATE_AND_MONEY_FIELDS = ['startDate', 'endDate', 'budgetCents'] as const;
const HEALTH_FIELDS = ['ministryHealth', 'digitoimistoHealth'] as const;

const ref = ({ id, title, leadMinistry, status }: DiffInput): InitiativeRef => ({
  id,
  title,
  leadMinistry,
  status,
});

function sameAssessment(a: HealthAssessment | undefined, b: HealthAssessment | undefined): boolean {
  return (
    (a?.rating ?? 'not_assessed') === (b?.rating ?? 'not_assessed') &&
    (a?.reason ?? null) === (b?.reason ?? null)
  );
}

/**
 * Items of two lists paired by a key, in order of appearance within a key (the second
 * milestone called "Lausunnot" pairs with the second one): each pair, then what is left of
 * `after` (added) and of `before` (removed).
 */
function pairItems<T>(
  before: readonly T[],
  after: readonly T[],
  key: (item: T) => string,
): { pairs: [T, T][]; added: T[]; removed: T[] } {
  const waiting = new Map<string, T[]>();
  for (const item of before) {
    const k = key(item);
    const list = waiting.get(k);
    if (list) list.push(item);
    else waiting.set(k, [item]);
  }
  const pairs: [T, T][] = [];
  const added: T[] = [];
  for (const item of after) {
    const match = waiting.get(key(item))?.shift();
    if (match === undefined) added.push(item);
    else pairs.push([match, item]);
  }
  return { pairs, added, removed: [...waiting.values()].flat() };
}

/** The common case, decided without grouping: the same items in the same order. */
function sameItems<T>(before: readonly T[], after: readonly T[], same: (a: T, b: T) => boolean): boolean {
  if (before.length !== after.length) return false;
  for (let i = 0; i < before.length; i++) if (!same(before[i] as T, after[i] as T)) return false;
  return true;
}

const sameMilestone = (a: Milestone, b: Milestone) =>
  a.title === b.title && a.dueDate === b.dueDate && (a.doneAt ?? null) === (b.doneAt ?? null);
const milestonePoint = ({ dueDate, doneAt }: Milestone) => ({ dueDate, doneAt: doneAt ?? null });

/** Milestones matched by title (then position): done, reopened, slipped, advanced, added, removed. */
export function milestoneEvents(before: readonly Milestone[], after: readonly Milestone[]): MilestoneEvent[] {
  if (sameItems(before, after, sameMilestone)) return [];
  const { pairs, added, removed } = pairItems(before, after, (m) => m.title);
  const events: MilestoneEvent[] = [];
  for (const [b, a] of pairs) {
    const event = (kind: MilestoneEvent['kind']) =>
      events.push({ kind, title: a.title, before: milestonePoint(b), after: milestonePoint(a) });
    if (a.dueDate > b.dueDate) event('slipped');
    else if (a.dueDate < b.dueDate) event('advanced');
    // A new done date on a milestone already done corrects the record; it is not news.
    if (!b.doneAt && a.doneAt) event('done');
    else if (b.doneAt && !a.doneAt) event('reopened');
  }
  for (const a of added)
    events.push({ kind: 'added', title: a.title, before: null, after: milestonePoint(a) });
  for (const b of removed)
    events.push({ kind: 'removed', title: b.title, before: milestonePoint(b), after: null });
  return events;
}

/*
 * EU impacts are matched by act and relation. The act is known by its id when the impact has
 * one (a renamed act is the same act) and by its short name otherwise.
 */
const impactKey = (impact: EuImpact) => `${impact.euActId || impact.euActShortName}\u0000${impact.relation}`;
const impactPoint = ({ deadline, note }: EuImpact) => ({ deadline: deadline ?? null, note: note ?? null });
const sameImpactPoint = (a: EuImpact, b: EuImpact) =>
  (a.deadline ?? null) === (b.deadline ?? null) && (a.note ?? null) === (b.note ?? null);
const sameImpact = (a: EuImpact, b: EuImpact) =>
  a.euActId === b.euActId &&
  a.euActShortName === b.euActShortName &&
  a.relation === b.relation &&
  sameImpactPoint(a, b);

/** EU impacts matched by act and relation: added, removed, or changed (deadline or note). */
export function euImpactEvents(before: readonly EuImpact[], after: readonly EuImpact[]): EuImpactEvent[] {
  if (sameItems(before, after, sameImpact)) return [];
  const { pairs, added, removed } = pairItems(before, after, impactKey);
  const events: EuImpactEvent[] = [];
  const event = (kind: EuImpactEvent['kind'], b: EuImpact | null, a: EuImpact | null) => {
    const impact = (a ?? b) as EuImpact;
    events.push({
      kind,
      euAct: impact.euActShortName,
      relation: impact.relation,
      before: b && impactPoint(b),
      after: a && impactPoint(a),
    });
  };
  for (const [b, a] of pairs) if (!sameImpactPoint(b, a)) event('changed', b, a);
  for (const a of added) event('added', null, a);
  for (const b of removed) event('removed', b, null);
  return events;
}

/** Each active card's place in its tier, as the board orders it (rank; unplaced last, by title). */
function boardPositions(side: readonly DiffInput[]): BoardPlaces {
  const titles = new Map<DiffInput, string>();
  // Only cards with the same rank (the unplaced ones) need their titles' keys.
  const title = (i: DiffInput) => {
    const known = titles.get(i);
    if (known !== undefined) return known;
    const key = titleSortKey(i.title.fi, 'fi');
    titles.set(i, key);
    return key;
  };
  const byTitle = (x: DiffInput, y: DiffInput) => {
    const [a, b] = [title(x), title(y)];
    return a < b ? -1 : a > b ? 1 : x.id < y.id ? -1 : x.id > y.id ? 1 : 0;
  };
  const cards = side
    .filter((i) => !i.archivedAt)
    .sort((x, y) => compareRanks(x.rank, y.rank) || byTitle(x, y));
  const next = new Map<Tier, number>();
  const positions: BoardPlaces = new Map();
  for (const card of cards) {
    const position = (next.get(card.tier) ?? 0) + 1;
    next.set(card.tier, position);
    positions.set(card.id, position);
  }
  return positions;
}

/** Cards' places in their tiers (1 = top), by initiative id. */
export type BoardPlaces = Map<string, number>;
type Positions = { before: BoardPlaces; after: BoardPlaces };

/**
 * diffFields without its lists: it runs for every initiative, and the values are codes, dates
 * and amounts, which sameValue decides by `===` without serialising.
 */
function addFieldChanges<F extends (typeof CODE_FIELDS)[number] | (typeof DATE_AND_MONEY_FIELDS)[number]>(
  changes: DiffFieldChange[],
  before: DiffInput,
  after: DiffInput,
  fields: readonly F[],
): void {
  for (const field of fields) {
    if (!sameValue(before[field], after[field]))
      changes.push({ field, before: before[field] ?? null, after: after[field] ?? null } as DiffFieldChange);
  }
}

function diffInitiative(
  before: DiffInput,
  after: DiffInput,
  positions: () => Positions,
): InitiativeDiff | null {
  // Pushed in DIFF_FIELDS order; codes, dates and amounts compare with sameValue's fast path.
  const changes: DiffFieldChange[] = [];
  addFieldChanges(changes, before, after, CODE_FIELDS);
  for (const field of HEALTH_FIELDS) {
    if (!sameAssessment(before[field], after[field]))
      changes.push({ field, before: before[field], after: after[field] });
  }
  if (before.tier !== after.tier) changes.push({ field: 'tier', before: before.tier, after: after.tier });
  else if ((before.rank ?? null) !== (after.rank ?? null)) {
    // A new key in the same place (the tier given fresh keys) moved nothing on the board.
    const board = positions();
    const beforePosition = board.before.get(before.id) ?? 0;
    const afterPosition = board.after.get(after.id) ?? 0;
    if (beforePosition !== afterPosition) {
      const [b, a] = [before.rank ?? null, after.rank ?? null];
      changes.push({ field: 'rank', before: b, after: a, tier: after.tier, beforePosition, afterPosition });
    }
  }
  addFieldChanges(changes, before, after, DATE_AND_MONEY_FIELDS);
  const impacts = euImpactEvents(before.euImpacts ?? [], after.euImpacts ?? []);
  if (impacts.length > 0)
    changes.push({ field: 'euImpacts', before: before.euImpacts, after: after.euImpacts });
  const milestones = milestoneEvents(before.milestones ?? [], after.milestones ?? []);
  if (milestones.length > 0)
    changes.push({ field: 'milestones', before: before.milestones, after: after.milestones });
  if (changes.length === 0) return null;
  const { id, title, leadMinistry, status } = after;
  return { id, title, leadMinistry, status, changes, milestoneEvents: milestones, euImpactEvents: impacts };
}

function inTitleOrder<T extends InitiativeRef>(items: T[], language: Language): T[] {
  const keyed = items.map((item) => ({
    item,
    key: titleSortKey(pickLocalized(item.title, language).text, language),
  }));
  keyed.sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : x.item.id < y.item.id ? -1 : 1));
  return keyed.map(({ item }) => item);
}

type HealthChange = Extract<DiffFieldChange, { field: 'ministryHealth' | 'digitoimistoHealth' }>;
const isHealthChange = (change: DiffFieldChange): change is HealthChange =>
  change.field === 'ministryHealth' || change.field === 'digitoimistoHealth';

function summarise(added: number, removed: number, changed: readonly InitiativeDiff[]): DiffSummary {
  const summary: DiffSummary = {
    added,
    removed,
    changed: changed.length,
    movedToRed: 0,
    leftRed: 0,
    completed: 0,
    tierChanged: 0,
    milestonesDone: 0,
    milestonesSlipped: 0,
  };
  for (const diff of changed) {
    let [toRed, fromRed] = [false, false];
    for (const change of diff.changes) {
      if (isHealthChange(change)) {
        const [was, is] = [change.before.rating === 'red', change.after.rating === 'red'];
        toRed ||= is && !was;
        fromRed ||= was && !is;
      } else if (change.field === 'status' && change.after === 'completed') summary.completed++;
      else if (change.field === 'tier') summary.tierChanged++;
    }
    if (toRed) summary.movedToRed++;
    if (fromRed) summary.leftRed++;
    for (const event of diff.milestoneEvents) {
      if (event.kind === 'done') summary.milestonesDone++;
      else if (event.kind === 'slipped') summary.milestonesSlipped++;
    }
  }
  return summary;
}

/**
 * The diff of two pictures of the portfolio. Initiatives are matched by id. Only active
 * initiatives take part: one archived on one side and active on the other counts as removed
 * (archived since) or added (restored since), marked `archived`, because it left or joined the
 * portfolio the meeting discusses; one archived on both sides is not news. Linear in the
 * number of initiatives (the board places are sorted only when a rank changed). `language`
 * orders the lists by title.
 *
 * `places`, when given, are the cards' board places of each side, for the initiatives whose rank
 * changed within their tier. A caller that passes only the initiatives that may have changed
 * (the server: diff-inputs.ts changedInitiativeIds) must pass them, since the places count the
 * cards left out; without them, the places are those of the sides as given.
 */
export function diffPortfolios(
  before: readonly DiffInput[],
  after: readonly DiffInput[],
  language: Language,
  places?: Positions,
): PortfolioDiff {
  const was = new Map<string, DiffInput>();
  const archivedBefore = new Set<string>();
  for (const item of before) {
    if (item.archivedAt) archivedBefore.add(item.id);
    else was.set(item.id, item);
  }
  let positions: Positions | null = null;
  const lazyPositions = () => {
    positions ??= places ?? { before: boardPositions(before), after: boardPositions(after) };
    return positions;
  };
  const added: InitiativePresence[] = [];
  const changed: InitiativeDiff[] = [];
  const present = new Set<string>();
  const archivedAfter = new Set<string>();
  for (const item of after) {
    if (item.archivedAt) {
      archivedAfter.add(item.id);
      continue;
    }
    if (present.has(item.id)) continue;
    present.add(item.id);
    const previous = was.get(item.id);
    if (!previous) added.push({ ...ref(item), archived: archivedBefore.has(item.id) });
    else {
      const diff = diffInitiative(previous, item, lazyPositions);
      if (diff) changed.push(diff);
    }
  }
  const removed: InitiativePresence[] = [];
  for (const item of was.values()) {
    if (!present.has(item.id)) removed.push({ ...ref(item), archived: archivedAfter.has(item.id) });
  }
  return {
    added: inTitleOrder(added, language),
    removed: inTitleOrder(removed, language),
    changed: inTitleOrder(changed, language),
    summary: summarise(added.length, removed.length, changed),
  };
}
