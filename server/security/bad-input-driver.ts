import { TRPCError } from '@trpc/server';
import superjson from 'superjson';
import type { Language } from '../../shared/codes.ts';
import type { ImportReport } from '../../shared/export-format.ts';
import { SERVER_MESSAGES } from '../../shared/server-messages.ts';
import type { SessionUser } from '../../shared/user.ts';
import type { Database } from '../db/database.ts';
import { LANGUAGE_HEADER, withRequestLanguage } from '../http/request-language.ts';
import { appRouter } from '../routers/_app.ts';
import { callerFor } from '../test/caller.ts';
import { errorShapeOf } from '../test/factories.ts';
import { unsafeInputIssues } from '../unsafe-input.ts';
import { jsonText, withRawLiterals } from './bad-input-arbitraries.ts';
import { type Answer, callProcedure, callRoute } from './http-harness.ts';

/**
 * How the bad-input suite sends an input and judges the answer: over HTTP (the whole stack:
 * body limits, superjson, the same error formatter) or through the server-side caller (the same
 * procedures and middleware, without the socket), and whether the answer is a clear refusal.
 */

export interface Procedure {
  path: string;
  type: 'query' | 'mutation';
  /** The zod schemas of `.input()`; none for a procedure that takes no input. */
  inputs: { safeParseAsync(value: unknown): Promise<{ success: boolean }> }[];
}

export function procedureList(): Procedure[] {
  const procedures = appRouter._def.procedures as unknown as Record<
    string,
    { _def: { type: 'query' | 'mutation'; inputs: Procedure['inputs'] } }
  >;
  return Object.entries(procedures).map(([path, p]) => ({ path, type: p._def.type, inputs: p._def.inputs }));
}

/** What an answer came to, as the suite judges it. */
export interface Outcome {
  status: number;
  message: string | null;
  transport: 'http' | 'direct';
  /** For an import: the report of a 200 or a 422. */
  report?: ImportReport;
  /** The connection was reset before an answer came (see RESET in http-harness.ts): the body's size. */
  reset?: number;
}

const fakeRequest = (language: Language) =>
  new Request('http://127.0.0.1/', { headers: { [LANGUAGE_HEADER]: language } });

/** Runs `work` as the handling of a request in `language` (what the app does for every request). */
export const inLanguage = <T>(language: Language, work: () => T): T =>
  withRequestLanguage(fakeRequest(language), work);

/**
 * The body tRPC's client would send: superjson's envelope as JSON, with any raw-literal marker
 * (bad-input-files.ts) written as the number literal it stands for. A value superjson cannot
 * write (an invalid Date, thousands of levels where its walk runs out of stack) goes as plain
 * JSON in the envelope, as a hand-written client would send it.
 */
export function envelopeOf(input: unknown): string {
  try {
    return withRawLiterals(JSON.stringify(superjson.serialize(input)));
  } catch {
    return `{"json":${jsonText(input)}}`;
  }
}

/** What the server will see of an HTTP body: the envelope decoded as tRPC decodes it, or `unreadable`. */
export function decodedEnvelope(body: string): { value: unknown } | 'unreadable' {
  try {
    return { value: superjson.deserialize(JSON.parse(body)) };
  } catch {
    return 'unreadable';
  }
}

/** Whether the procedure would take the input: no unstorable text anywhere, and every schema passes. */
export async function schemaAccepts(procedure: Procedure, input: unknown): Promise<boolean> {
  if (unsafeInputIssues(input).length > 0) return false;
  for (const schema of procedure.inputs) if (!(await schema.safeParseAsync(input)).success) return false;
  return true;
}

/** Walks the server-side caller to a procedure by its dotted path. */
function procedureOf(caller: unknown, path: string): (input: unknown) => Promise<unknown> {
  let node = caller as Record<string, unknown>;
  for (const part of path.split('.')) node = node[part] as Record<string, unknown>;
  return node as unknown as (input: unknown) => Promise<unknown>;
}

/** One call through the server-side caller, answered as the app's error formatter would shape it. */
export function callDirect(
  database: Database,
  user: SessionUser,
  path: string,
  input: unknown,
  language: Language,
): Promise<Outcome> {
  return inLanguage(language, async () => {
    try {
      await procedureOf(callerFor(database, user), path)(input);
      return { status: 200, message: null, transport: 'direct' as const };
    } catch (error) {
      if (!(error instanceof TRPCError)) throw error;
      const shape = errorShapeOf(error, path);
      return { status: shape.data.httpStatus, message: shape.message, transport: 'direct' as const };
    }
  });
}

export async function callHttp(
  baseUrl: string,
  cookie: string | null,
  procedure: Procedure,
  body: string,
  language: Language,
): Promise<Outcome> {
  const answer = await callProcedure(baseUrl, procedure.type, procedure.path, undefined, {
    rawInput: body,
    cookie,
    language,
  });
  if (answer.status === 0)
    return { status: 0, message: null, transport: 'http', reset: Buffer.byteLength(body) };
  return { status: answer.status, message: answer.message ?? plainMessage(answer), transport: 'http' };
}

/** A refusal that is not in tRPC's shape (the body limit's 413) still says `{ error }`. */
function plainMessage(answer: Answer): string | null {
  return answer.status >= 400 && !answer.contentType.includes('json') ? answer.text : null;
}

export async function callImport(
  baseUrl: string,
  cookie: string,
  query: string,
  body: Uint8Array,
  language: Language,
): Promise<Outcome> {
  const answer = await callRoute(baseUrl, 'POST', `/api/import?${query}`, { cookie, body, language });
  const outcome: Outcome = { status: answer.status, message: answer.message, transport: 'http' };
  if (answer.status === 200 || answer.status === 422)
    outcome.report = JSON.parse(answer.text) as ImportReport;
  return outcome;
}

const GENERIC = new Set<string>([
  ...Object.values(SERVER_MESSAGES.serverError),
  'Internal Server Error',
  'Internal server error',
]);

/** What is unclear about a refusal, or null when it says what is wrong in so many words. */
export function unclearRefusal(outcome: Outcome): string | null {
  if (outcome.status < 400 || outcome.status >= 500) return `answered ${outcome.status}`;
  if (outcome.report) {
    const entries = [
      ...outcome.report.records,
      ...(outcome.report.euActs ?? []),
      ...(outcome.report.bodies ?? []),
      ...(outcome.report.benchmarks ?? []),
    ].filter((entry) => entry.outcome === 'rejected');
    if (entries.length === 0) return 'a 422 report with no rejected record';
    const silent = entries.find((entry) => !entry.reasons?.length || entry.reasons.some((r) => !r.trim()));
    return silent ? `a rejected record without its reasons (${silent.key})` : null;
  }
  const message = outcome.message?.trim() ?? '';
  if (!message) return `a ${outcome.status} without a message`;
  if (GENERIC.has(message)) return `the generic server error text (${outcome.status})`;
  if (/\bat .+\.(ts|js):\d+/.test(message)) return 'a stack trace in the message';
  return null;
}

/** The text a refusal is judged by for its language: its message, or a 422 report's reasons. */
export function refusalText(outcome: Outcome): string {
  if (!outcome.report) return outcome.message ?? '';
  const { records, euActs = [], bodies = [], benchmarks = [], warnings = [] } = outcome.report;
  return [
    ...[...records, ...euActs, ...bodies, ...benchmarks].flatMap((entry) => entry.reasons ?? []),
    ...warnings,
  ].join(' | ');
}
