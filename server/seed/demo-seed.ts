import { eq } from 'drizzle-orm';
import { euActs, initiatives, users } from '../../drizzle/schema/index.ts';
import { euActInputSchema } from '../../shared/eu-act.ts';
import { initiativeInputSchema } from '../../shared/initiative.ts';
import type { MinistryCode } from '../../shared/ministry.ts';
import type { Role } from '../../shared/user.ts';
import type { Db } from '../db/database.ts';
import { writeTransaction } from '../db/write-transaction.ts';
import type { Actor } from '../services/audit.ts';
import { createUser } from '../services/auth.ts';
import { insertEuAct } from '../services/eu-act.ts';
import { insertInitiative } from '../services/initiative.ts';
import { generatePassword, hashPassword } from '../services/password.ts';
import { demoEuActs } from './demo-eu-acts.ts';
import { demoInitiatives } from './demo-initiatives.ts';

const SEED_ACTOR: Actor = { system: 'Demo data' };

/**
 * Writes the demo portfolio into an empty database, in one transaction. A database that
 * already has any initiative or EU act is never touched. Returns whether it seeded.
 */
export async function seedDemoPortfolio(db: Db): Promise<boolean> {
  if ((await db.$count(initiatives)) > 0 || (await db.$count(euActs)) > 0) return false;
  await writeTransaction(db, async (tx) => {
    const acts = [];
    for (const raw of demoEuActs)
      acts.push(await insertEuAct(tx, euActInputSchema.parse(raw), SEED_ACTOR, 'create'));
    const actId = new Map(acts.map((a) => [a.shortName, a.id]));
    for (const demo of demoInitiatives) {
      const data = initiativeInputSchema.parse({
        ...demo,
        euImpacts: (demo.euImpacts ?? []).map(({ act, ...impact }) => {
          const id = actId.get(act);
          if (!id) throw new Error(`Demo data names an unknown EU act "${act}".`);
          return { ...impact, euActId: id };
        }),
      });
      await insertInitiative(tx, data, SEED_ACTOR, 'create');
    }
  });
  return true;
}

export const DEMO_USERS: {
  username: string;
  displayName: string;
  role: Role;
  ministry: MinistryCode | null;
}[] = [
  { username: 'admin', displayName: 'Demo Admin', role: 'admin', ministry: null },
  {
    username: 'coordinator',
    displayName: 'Demo Coordinator (Digitoimisto)',
    role: 'coordinator',
    ministry: null,
  },
  { username: 'editor.lvm', displayName: 'Demo Editor (LVM)', role: 'editor', ministry: 'LVM' },
  { username: 'viewer', displayName: 'Demo Viewer', role: 'viewer', ministry: null },
];

/**
 * Creates the demo users when there are no users at all, marked as demo users. With
 * `password` given (DEMO_PASSWORD) the demo users it made earlier get it too, so a forgotten
 * generated password is one restart away; a real user is never touched, whatever their name.
 * Returns the password when the caller should print it, and whom it was given to.
 */
export async function ensureDemoUsers(
  db: Db,
  password: string | null,
): Promise<{ created: boolean; password: string | null; reset: string[] }> {
  if ((await db.$count(users)) === 0) {
    const chosen = password ?? generatePassword();
    for (const user of DEMO_USERS) await createUser(db, { ...user, password: chosen, demo: true });
    return { created: true, password: chosen, reset: [] };
  }
  if (password) {
    const reset = await db
      .update(users)
      .set({ passwordHash: await hashPassword(password) })
      .where(eq(users.demo, true))
      .returning({ username: users.username });
    return { created: false, password, reset: reset.map((row) => row.username).sort() };
  }
  return { created: false, password: null, reset: [] };
}
