import { loginInputSchema } from '../../shared/user.ts';
import { login, logout } from '../services/auth.ts';
import { publicProcedure, router } from '../trpc.ts';

export const authRouter = router({
  /** Anyone: signs in and sets the HttpOnly session cookie; throttled per name and per address. */
  login: publicProcedure.input(loginInputSchema).mutation(async ({ ctx, input }) => {
    const { db } = ctx.database;
    const session = await login(db, input.username, input.password, ctx.sessionHours, ctx.clientAddress);
    ctx.setSessionCookie(session.token, session.expiresAt);
    return { user: session.user };
  }),
  /** Anyone: ends the current session, if there is one. */
  logout: publicProcedure.mutation(async ({ ctx }) => {
    await logout(ctx.database.db, ctx.sessionToken);
    ctx.setSessionCookie(null);
    return { ok: true };
  }),
  /** Anyone: the signed-in user, or null. */
  me: publicProcedure.query(({ ctx }) => ctx.user),
});
