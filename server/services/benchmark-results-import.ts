import type { SessionUser } from '../../shared/user.ts';
import type { Db } from '../db/database.ts';

/** Finland's results for a benchmark from a CSV or XLSX sheet. (Being written: see issue 12.) */
export async function importResults(
  _db: Db,
  _user: SessionUser,
  _input: { benchmarkId: string; fileName: string; contentBase64: string },
): Promise<{ added: number; changed: number }> {
  throw new Error('Not written yet.');
}
