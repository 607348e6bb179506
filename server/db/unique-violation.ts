import { DomainError, invalid } from '../errors.ts';

/** The constraint a unique violation broke, or null. drizzle wraps the driver's error as `cause`. */
export function uniqueViolation(error: unknown): string | null {
  for (let current = error; current; current = (current as { cause?: unknown }).cause) {
    const { code, constraint } = current as { code?: string; constraint?: string };
    if (code === '23505') return constraint ?? '';
  }
  return null;
}

/**
 * Runs a write and turns a unique violation of a known constraint into a BAD_REQUEST naming
 * the field. The services check uniqueness first for a friendly message; this covers two
 * saves racing past that check at the same moment (PostgreSQL runs them truly in parallel).
 */
export async function withUniqueFields<T>(
  write: Promise<T>,
  fields: Record<string, { field: string; message: string }>,
): Promise<T> {
  try {
    return await write;
  } catch (error) {
    if (error instanceof DomainError) throw error;
    const constraint = uniqueViolation(error);
    const known = constraint === null ? undefined : fields[constraint];
    if (known) throw invalid(known.message, known.field);
    throw error;
  }
}
