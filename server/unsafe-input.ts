import { TRPCError } from '@trpc/server';
import { type ZodError, ZodRealError } from 'zod';
import { replaceUnsafeText, unsafeTextMessage } from '../shared/text.ts';

/** The most places one answer names; the schemas name the rest once these are fixed. */
const MAX_ISSUES = 10;
/** A key is named in a path at most this long: the answer should not echo a megabyte back. */
const MAX_KEY_LENGTH = 100;

interface Node {
  value: unknown;
  parent: Node | null;
  key: string | number | null;
}

function pathOf(node: Node): (string | number)[] {
  const path: (string | number)[] = [];
  for (let at: Node | null = node; at && at.key !== null; at = at.parent) path.push(at.key);
  return path.reverse();
}

function nameOf(key: string): string {
  return replaceUnsafeText(key).slice(0, MAX_KEY_LENGTH);
}

/**
 * Every string in `input`, values and object keys alike, that cannot be stored (a NUL byte, a
 * control character or a lone surrogate; see shared/text.ts), as zod issues with their paths.
 * Walks without recursion, each object once (superjson may send shared references), and builds
 * a path only for what it reports, so a deep or wide input costs one pass.
 */
export function unsafeInputIssues(input: unknown): ZodError['issues'] {
  const issues: ZodError['issues'] = [];
  const seen = new WeakSet<object>();
  const stack: Node[] = [{ value: input, parent: null, key: null }];
  const report = (node: Node, text: string) => {
    const message = unsafeTextMessage(text);
    if (message) issues.push({ code: 'custom', path: pathOf(node), message });
  };
  while (stack.length > 0 && issues.length < MAX_ISSUES) {
    const node = stack.pop() as Node;
    const { value } = node;
    if (typeof value === 'string') {
      report(node, value);
      continue;
    }
    if (typeof value !== 'object' || value === null || seen.has(value)) continue;
    seen.add(value);
    const children: Node[] = [];
    if (Array.isArray(value) || value instanceof Set) {
      let index = 0;
      for (const item of value) children.push({ value: item, parent: node, key: index++ });
    } else if (value instanceof Map) {
      for (const [key, item] of value) {
        const name = typeof key === 'string' ? nameOf(key) : String(key);
        const child = { value: item, parent: node, key: name };
        if (typeof key === 'string') report(child, key);
        else children.push({ value: key, parent: node, key: `${name} (key)` });
        children.push(child);
      }
    } else if (!(value instanceof Date)) {
      for (const key of Object.keys(value)) {
        const child = { value: (value as Record<string, unknown>)[key], parent: node, key: nameOf(key) };
        report(child, key);
        children.push(child);
      }
    }
    // Reversed onto the stack, so the walk reads the input in its own order.
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Node);
  }
  return issues.slice(0, MAX_ISSUES);
}

/**
 * Belt and braces beside the schemas of shared/: a procedure whose schema forgot textSchema (or
 * that reads its raw input itself) still never passes such a string to the database. Runs before
 * the input is parsed and before any handler, signed in or not; the error carries a ZodError, so
 * the answer has the shape of any other bad input: BAD_REQUEST naming the field.
 */
export async function rejectUnsafeInput<T>(options: {
  getRawInput: () => Promise<unknown>;
  next: () => Promise<T>;
}): Promise<T> {
  const issues = unsafeInputIssues(await options.getRawInput());
  if (issues.length > 0) {
    // ZodRealError: the ZodError zod itself throws, an Error, so tRPC keeps it as the cause.
    const cause = new ZodRealError(issues);
    throw new TRPCError({ code: 'BAD_REQUEST', message: cause.issues[0]?.message ?? '', cause });
  }
  return options.next();
}
