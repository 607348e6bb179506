import { z } from 'zod';
import { vm } from './validation-messages.ts';

/**
 * What no text of ours may hold, because it cannot be stored or shown:
 * - NUL (U+0000): PostgreSQL refuses it in text and in jsonb, so a write would fail as a 500;
 * - the other C0 control characters except tab, line feed and carriage return, and the
 *   noncharacters U+FFFE and U+FFFF: invisible, never meant in a title or a note, and outside
 *   XML 1.0, so an XLSX or PPTX export carrying one would be a file Office refuses to open;
 * - a lone UTF-16 surrogate (half of an emoji, say, from a cut string or a `\ud800` escape):
 *   not a character at all; UTF-8 cannot encode it and PostgreSQL refuses it in jsonb.
 * One regular expression without the `u` flag, so it sees surrogates one by one (and works in
 * every browser, unlike `String.prototype.isWellFormed`).
 */
const UNSAFE_CHARACTER =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const UNSAFE_CHARACTERS = new RegExp(UNSAFE_CHARACTER.source, 'g');

/** Index (in UTF-16 units) of the first character that cannot be stored, or -1. */
export function unsafeTextIndex(value: string): number {
  return value.search(UNSAFE_CHARACTER);
}

export function isSafeText(value: string): boolean {
  return unsafeTextIndex(value) < 0;
}

/** What to tell the user about a text that cannot be stored, in the current language; null when it can. */
export function unsafeTextMessage(value: string): string | null {
  const index = unsafeTextIndex(value);
  if (index < 0) return null;
  // People count characters, not UTF-16 units: an emoji before the problem counts once.
  return vm('unsafeText', { position: Array.from(value.slice(0, index)).length + 1 });
}

/** The text with each character that cannot be stored replaced by U+FFFD: for naming it in a message. */
export function replaceUnsafeText(value: string): string {
  return value.replace(UNSAFE_CHARACTERS, '\uFFFD');
}

/** At most `max` UTF-16 units, never cutting a surrogate pair in two (which would leave a lone half). */
export function truncateText(value: string, max: number): string {
  if (value.length <= max) return value;
  const cut = value.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/**
 * The one string schema of shared/: a string that can be stored. Every text the API takes
 * starts here, and chains on as any zod string: `textSchema().trim().min(1).max(200)`. A text
 * that cannot be stored gets this one issue: BAD_REQUEST naming the field, never a database
 * error. It aborts, so the later checks of the field (and the cross-field rules of the object
 * around it) wait until it is fixed, rather than adding a second, misleading message.
 */
export function textSchema() {
  return z.string().refine(isSafeText, {
    error: (issue) => unsafeTextMessage(String(issue.input)) ?? vm('unsafeText', { position: 1 }),
    abort: true,
  });
}
