import { and, asc, eq, or } from 'drizzle-orm';
import { savedViews, users } from '../../drizzle/schema/index.ts';
import type { InitiativeFilter, InitiativeSort } from '../../shared/initiative-filter.ts';
import { type SavedView, savedViewInputSchema } from '../../shared/saved-view.ts';
import { sm } from '../../shared/server-messages.ts';
import { isCoordinator, type SessionUser } from '../../shared/user.ts';
import type { Db } from '../db/database.ts';
import { forbidden, notFound } from '../errors.ts';

/** The views a user may pick: their own and every shared one. Any signed-in user. */
export async function listSavedViews(db: Db, user: SessionUser): Promise<SavedView[]> {
  const rows = await db
    .select({ view: savedViews, ownerName: users.displayName })
    .from(savedViews)
    .innerJoin(users, eq(users.id, savedViews.ownerId))
    .where(or(eq(savedViews.ownerId, user.id), eq(savedViews.shared, true)))
    .orderBy(asc(savedViews.name));
  return rows.map(({ view, ownerName }) => ({
    id: view.id,
    name: view.name,
    filter: view.filter as InitiativeFilter,
    sort: (view.sort as InitiativeSort | null) ?? null,
    shared: view.shared,
    ownerId: view.ownerId,
    ownerName,
    createdAt: view.createdAt,
  }));
}

/** Saves a named view. Anyone signed in may save private views; only coordinators share them. */
export async function createSavedView(db: Db, user: SessionUser, input: unknown): Promise<SavedView> {
  const data = savedViewInputSchema.parse(input);
  if (data.shared && !isCoordinator(user)) throw forbidden(sm('coordinatorsShareViews'));
  const [row] = await db
    .insert(savedViews)
    .values({ ownerId: user.id, name: data.name, filter: data.filter, sort: data.sort, shared: data.shared })
    .returning();
  if (!row) throw new Error('Inserting a saved view returned no row.');
  return { ...data, id: row.id, ownerId: user.id, ownerName: user.displayName, createdAt: row.createdAt };
}

/** Deletes a view: its owner, or a coordinator for shared views. */
export async function deleteSavedView(db: Db, user: SessionUser, id: string): Promise<void> {
  const [row] = await db.select().from(savedViews).where(eq(savedViews.id, id));
  if (!row || (row.ownerId !== user.id && !row.shared)) throw notFound('savedView');
  if (row.ownerId !== user.id && !isCoordinator(user)) throw forbidden(sm('removeSharedView'));
  await db.delete(savedViews).where(and(eq(savedViews.id, id)));
}
