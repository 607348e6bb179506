import { loginInputSchema } from '../../shared/user.ts';
import { endSessionsOf, login, logout } from '../services/auth.ts';
import { publicProcedure, router, viewerProcedure } from '../trpc.ts';

export const authRouter = router({
  /** Anyone: signs in and sets the HttpOnly session cookie; throttled per name and per address. */
  login: publicProcedure.input(loginInputSchema).mutation(async ({ ctx, input }) => {
    const { db } = ctx.database;
    const session = await login(db, input.username, input.password, ctx.sessionHours, ctx.clientAddress);
    // A new token on every sign-in, and the one the browser brought (anyone's) ends with it.
    await logout(db, ctx.sessionToken);
    ctx.setSessionCookie(session.token, session.expiresAt);
    return { user: session.user };
  }),
  /** Anyone: ends the current session, if there is one. */
  logout: publicProcedure.mutation(async ({ ctx }) => {
    await logout(ctx.database.db, ctx.sessionToken);
    ctx.setSessionCookie(null);
    return { ok: true };
  }),
  /** Signed in: ends every session of the user, on every device and instance, this one too. */
  logoutEverywhere: viewerProcedure.mutation(async ({ ctx }) => {
    const ended = await endSessionsOf(ctx.database.db, ctx.user.id);
    ctx.setSessionCookie(null);
    return { ended };
  }),
  /** Anyone: the signed-in user, or null. */
  me: publicProcedure.query(({ ctx }) => ctx.user),
});
