import { and, between, eq, isNull, lte, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { benchmarks, cooperationBodies, euActs, euImpacts, initiatives } from '../../drizzle/schema/index.ts';
import type { EuRelation, Status } from '../../shared/codes.ts';
import { euActSlug } from '../../shared/eu-act.ts';
import {
  ANSWERING_RELATIONS,
  answersDate,
  compareRadarDates,
  MAX_LISTED_PER_RELATION,
  type Radar,
  type RadarAct,
  type RadarCooperationDate,
  type RadarDate,
  type RadarInitiative,
  type RadarWindow,
  radarCooperationDates,
  radarDatesOfAct,
  type radarInputSchema,
  radarState,
  radarWindow,
} from '../../shared/radar.ts';
import type { Db } from '../db/database.ts';
import { euActFromRow } from './eu-act.ts';
import { filterConditions, refMatch } from './initiative-list.ts';
import { readDay } from './read-day.ts';
import { cooperationFrozen } from './snapshot-content.ts';

const i = initiatives;
const ei = euImpacts;

type Link = { actId: string; relation: EuRelation; status: Status };
type Count = Link & { total: number; shown: number };
type Listed = Link & RadarInitiative;

/**
 * The EU deadline radar (see shared/radar.ts for who answers a date): every act's application,
 * transposition, entry-into-force and further key dates in the window around today, each with
 * its answering and related initiatives. Three queries whatever the size: the catalogue (acts
 * are few; an EU-act filter narrows them), the links counted per act, relation and status over
 * every active initiative — with how many the filter selects — and the first initiatives the
 * filter selects per act and relation. The gap comes from the counts over every active
 * initiative, so no filter makes one. Beside them, two small queries for the cooperation bodies'
 * next meetings and the benchmarks' next publications in the window (a body filter names the
 * bodies shown; none at a snapshot that froze no cooperation). The same answer for every
 * signed-in user.
 */
export async function getRadar(
  db: Db,
  input: z.output<typeof radarInputSchema>,
  today = readDay(),
): Promise<Radar> {
  const window = radarWindow(today, input.monthsBack, input.monthsAhead);
  const cooperation = await cooperationDates(db, window, today, input.filter?.bodies);
  const acts = (await db.select().from(euActs))
    .map(euActFromRow)
    .filter(actFilter(input.filter?.euActs))
    .map((act) => ({ act, dates: radarDatesOfAct(act, window) }))
    .filter(({ dates }) => dates.length > 0);
  if (acts.length === 0) return { today, window, ...months(input), dates: [], cooperation };

  const actIds = sql`${`{${acts.map(({ act }) => act.id).join(',')}}`}::uuid[]`;
  // Archived initiatives never answer nor show, whatever the filter asks for.
  const shown = filterConditions({ ...input.filter, archived: 'active' }, today) ?? sql`true`;
  const linked = and(isNull(i.archivedAt), sql`${ei.euActId} = any(${actIds})`);
  const title = sql.raw(`"initiatives"."sort_title_${input.language ?? 'fi'}"`);
  const listedQuery = db
    .select({
      actId: ei.euActId,
      relation: ei.relation,
      id: i.id,
      titleFi: i.titleFi,
      titleSv: i.titleSv,
      titleEn: i.titleEn,
      leadMinistry: i.leadMinistry,
      status: i.status,
      n: sql<number>`row_number() over (partition by ${ei.euActId}, ${ei.relation} order by ${title}, ${i.id})`.as(
        'n',
      ),
    })
    .from(ei)
    .innerJoin(i, eq(i.id, ei.initiativeId))
    .where(and(linked, shown))
    .as('listed');
  const [counts, listed] = await Promise.all([
    db
      .select({
        actId: ei.euActId,
        relation: ei.relation,
        status: i.status,
        total: sql<number>`count(*)::int`,
        shown: sql<number>`(count(*) filter (where ${shown}))::int`,
      })
      .from(ei)
      .innerJoin(i, eq(i.id, ei.initiativeId))
      .where(linked)
      .groupBy(ei.euActId, ei.relation, i.status),
    db
      .select()
      .from(listedQuery)
      .where(lte(listedQuery.n, MAX_LISTED_PER_RELATION))
      .orderBy(listedQuery.actId, listedQuery.relation, listedQuery.n),
  ]);
  const countsOf = groupBy(counts as Count[]);
  const listedOf = groupBy(
    listed.map(
      (row): Listed => ({
        actId: row.actId,
        id: row.id,
        title: { fi: row.titleFi, sv: row.titleSv, en: row.titleEn },
        leadMinistry: row.leadMinistry as Listed['leadMinistry'],
        status: row.status as Status,
        relation: row.relation as EuRelation,
      }),
    ),
  );

  const dates: RadarDate[] = acts.flatMap(({ act, dates: ofAct }) => {
    const radarAct: RadarAct = {
      id: act.id,
      shortName: act.shortName,
      slug: euActSlug(act.shortName),
      title: act.title,
      kind: act.kind,
    };
    const actCounts = countsOf.get(act.id) ?? [];
    const actListed = listedOf.get(act.id) ?? [];
    return ofAct.map((entry, index): RadarDate => {
      const answers = (link: Link) => answersDate(entry.kind, link.relation, link.status);
      const answeringCounts = actCounts.filter(answers);
      const relatedCounts = actCounts.filter((c) => !answers(c));
      const sum = (rows: Count[], key: 'total' | 'shown') => rows.reduce((n, row) => n + row[key], 0);
      const answeringTotal = sum(answeringCounts, 'total');
      return {
        id: `${act.id}:${entry.kind}:${index}`,
        act: radarAct,
        kind: entry.kind,
        label: entry.label,
        date: entry.date,
        past: entry.date < today,
        gap: answeringTotal === 0,
        state: radarState(answeringCounts.map((c) => c.status)),
        answeringTotal,
        answeringShown: sum(answeringCounts, 'shown'),
        answering: byRelation(actListed.filter(answers), ANSWERING_RELATIONS[entry.kind]).map(initiativeOf),
        relatedTotal: sum(relatedCounts, 'total'),
        relatedShown: sum(relatedCounts, 'shown'),
        related: actListed.filter((l) => !answers(l)).map(initiativeOf),
      };
    });
  });
  return { today, window, ...months(input), dates: dates.sort(compareRadarDates), cooperation };
}

/** The bodies' next meetings (those a body filter names, else all) and the benchmarks' next publications in the window. */
async function cooperationDates(
  db: Db,
  window: RadarWindow,
  today: string,
  bodyRefs: readonly string[] | undefined,
): Promise<RadarCooperationDate[]> {
  if (!cooperationFrozen()) return [];
  const b = cooperationBodies;
  // Matched as the list's body filter matches them: by slug without regard to case, or by id.
  const named = bodyRefs?.length ? refMatch('"cooperation_bodies"', bodyRefs) : undefined;
  const [bodyRows, benchmarkRows] = await Promise.all([
    db
      .select({
        id: b.id,
        shortName: b.shortName,
        nameFi: b.nameFi,
        nameSv: b.nameSv,
        nameEn: b.nameEn,
        nextMeetingOn: b.nextMeetingOn,
      })
      .from(b)
      .where(and(between(b.nextMeetingOn, window.from, window.to), named)),
    db
      .select({
        id: benchmarks.id,
        shortName: benchmarks.shortName,
        nameFi: benchmarks.nameFi,
        nameSv: benchmarks.nameSv,
        nameEn: benchmarks.nameEn,
        nextPublicationOn: benchmarks.nextPublicationOn,
      })
      .from(benchmarks)
      .where(between(benchmarks.nextPublicationOn, window.from, window.to)),
  ]);
  const withName = <T extends { nameFi: string; nameSv: string | null; nameEn: string | null }>(row: T) => ({
    ...row,
    name: { fi: row.nameFi, sv: row.nameSv, en: row.nameEn },
  });
  return radarCooperationDates(bodyRows.map(withName), benchmarkRows.map(withName), window, today);
}

const months = (input: z.output<typeof radarInputSchema>) => ({
  monthsBack: input.monthsBack,
  monthsAhead: input.monthsAhead,
});

/**
 * An EU-act filter names the acts to show (by slug or, in old links, id, as the list matches
 * them); without one every act is on the radar. The catalogue is small, so this is done here.
 */
function actFilter(refs: readonly string[] | undefined) {
  if (!refs?.length) return () => true;
  const wanted = new Set(refs.map((ref) => ref.toLowerCase()));
  return (act: { id: string; shortName: string }) =>
    wanted.has(act.id) || wanted.has(euActSlug(act.shortName).toLowerCase());
}

function groupBy<Row extends { actId: string }>(rows: Row[]): Map<string, Row[]> {
  const map = new Map<string, Row[]>();
  for (const row of rows) {
    const list = map.get(row.actId);
    if (list) list.push(row);
    else map.set(row.actId, [row]);
  }
  return map;
}

/** Answers in the order of their relations (implementers first), each relation's by title as listed. */
function byRelation(rows: Listed[], relations: readonly EuRelation[]): Listed[] {
  return relations.flatMap((relation) => rows.filter((row) => row.relation === relation));
}

const initiativeOf = ({ id, title, leadMinistry, status, relation }: Listed): RadarInitiative => ({
  id,
  title,
  leadMinistry,
  status,
  relation,
});
