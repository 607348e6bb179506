import {
  userCreateInputSchema,
  userPasswordResetInputSchema,
  userUpdateInputSchema,
} from '../../shared/user-admin.ts';
import {
  createManagedUser,
  deactivateUser,
  listUsers,
  reactivateUser,
  resetPassword,
  updateUser,
} from '../services/user-admin.ts';
import { adminProcedure, idInput, router } from '../trpc.ts';

/** The user administration: every procedure is for admins only. */
export const userAdminRouter = router({
  /** Every user with their role, state and session activity; never a password hash. */
  list: adminProcedure.query(({ ctx }) => listUsers(ctx.database.db)),
  /** A new user with an initial password that passes the password policy. */
  create: adminProcedure
    .input(userCreateInputSchema)
    .mutation(({ ctx, input }) => createManagedUser(ctx.database.db, ctx.user, input)),
  /** Name, role and ministry; a new role or ministry ends the user's sessions. */
  update: adminProcedure
    .input(userUpdateInputSchema)
    .mutation(({ ctx, input }) => updateUser(ctx.database.db, ctx.user, input)),
  /** No more sign-ins, and the user's sessions end at once; not oneself, nor the last admin. */
  deactivate: adminProcedure
    .input(idInput)
    .mutation(({ ctx, input }) => deactivateUser(ctx.database.db, ctx.user, input.id)),
  /** The user may sign in again. */
  reactivate: adminProcedure
    .input(idInput)
    .mutation(({ ctx, input }) => reactivateUser(ctx.database.db, ctx.user, input.id)),
  /** A new password that passes the policy; ends the user's sessions (but not the caller's own). */
  resetPassword: adminProcedure
    .input(userPasswordResetInputSchema)
    .mutation(({ ctx, input }) => resetPassword(ctx.database.db, ctx.user, input, ctx.sessionToken)),
});
