import { and, gte, lte } from 'drizzle-orm';
import { benchmarks, cooperationBodies } from '../../drizzle/schema/index.ts';
import {
  type International,
  internationalCalendar,
  internationalWindows,
} from '../../shared/international.ts';
import type { Db } from '../db/database.ts';
import { readDay } from './read-day.ts';
import { cooperationFrozen } from './snapshot-content.ts';

/**
 * The overview's international panel (shared/international.ts): the bodies meeting in the next
 * 60 days and the benchmarks published in the next 90, from today of the read (a snapshot's
 * day when one is read). A snapshot that froze no cooperation has none. Two small queries, each
 * narrowed to its window; the same answer for every signed-in user.
 */
export async function international(db: Db, today = readDay()): Promise<International> {
  if (!cooperationFrozen()) return internationalCalendar([], [], today);
  const { meetingsUntil, publicationsUntil } = internationalWindows(today);
  const [bodyRows, benchmarkRows] = await Promise.all([
    db
      .select({
        id: cooperationBodies.id,
        shortName: cooperationBodies.shortName,
        nameFi: cooperationBodies.nameFi,
        nameSv: cooperationBodies.nameSv,
        nameEn: cooperationBodies.nameEn,
        nextMeetingOn: cooperationBodies.nextMeetingOn,
      })
      .from(cooperationBodies)
      .where(
        and(gte(cooperationBodies.nextMeetingOn, today), lte(cooperationBodies.nextMeetingOn, meetingsUntil)),
      ),
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
      .where(
        and(gte(benchmarks.nextPublicationOn, today), lte(benchmarks.nextPublicationOn, publicationsUntil)),
      ),
  ]);
  const named = <T extends { nameFi: string; nameSv: string | null; nameEn: string | null }>(row: T) => ({
    ...row,
    name: { fi: row.nameFi, sv: row.nameSv, en: row.nameEn },
  });
  return internationalCalendar(bodyRows.map(named), benchmarkRows.map(named), today);
}
