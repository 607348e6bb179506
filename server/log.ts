/**
 * Server-side logging of failures. What a request sent never reaches the log: drizzle's
 * DrizzleQueryError keeps the query's parameters in `params` and repeats them in its message
 * ("Failed query: … params: …"), and the drivers' errors carry them too (PGlite's `params`,
 * node-postgres's `detail`). Those are user names, e-mail addresses, password hashes and
 * whatever text someone typed. We log, for the error and each cause: the name, the message up
 * to its "params:" part, the PostgreSQL code and constraint, and the stack frames.
 */

const MAX_CAUSES = 5;
const MAX_MESSAGE_LENGTH = 2000;

function messageWithoutParameters(message: string): string {
  const cut = message.search(/\n\s*params:/);
  return (cut >= 0 ? message.slice(0, cut) : message).slice(0, MAX_MESSAGE_LENGTH);
}

/** One error, without anything a request sent: see the module comment. */
function describeOne(error: unknown): string {
  if (!(error instanceof Error)) return `(a thrown ${error === null ? 'null' : typeof error}, not an Error)`;
  const { code, constraint } = error as { code?: unknown; constraint?: unknown };
  const extra = [
    typeof code === 'string' ? `code ${code}` : null,
    typeof constraint === 'string' ? `constraint ${constraint}` : null,
  ].filter(Boolean);
  // The stack repeats the message in its first lines; only the frames are kept.
  const frames = (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
  // DrizzleQueryError leaves `name` as "Error"; its class says more.
  const name = error.name === 'Error' ? error.constructor.name || 'Error' : error.name;
  return [
    `${name}: ${messageWithoutParameters(error.message)}${extra.length ? ` (${extra.join(', ')})` : ''}`,
    ...frames,
  ].join('\n');
}

/** The error and its causes, as logged. */
export function describeServerError(error: unknown): string {
  const parts: string[] = [];
  const seen = new Set<unknown>();
  for (let at: unknown = error; at !== undefined && !seen.has(at) && parts.length < MAX_CAUSES; ) {
    seen.add(at);
    parts.push(describeOne(at));
    at = at instanceof Error ? at.cause : undefined;
  }
  return parts.join('\nCaused by: ');
}

/** Logs a failure of `what` (a procedure path, "import", "health check") for the administrator. */
export function logServerError(what: string, error: unknown): void {
  console.error(`digisalkku: ${what} failed: ${describeServerError(error)}`);
}
