import { z } from 'zod';
import { vm } from './validation-messages.ts';

/**
 * A row id: a UUID in any case, with or without spaces around it, always read as lower case,
 * the form PostgreSQL gives back. Normalising here, once, means a service comparing the ids it
 * reads with the one it was asked for never sees `ABC…` and `abc…` as two rows.
 */
export function idSchema(message: () => string = () => vm('uuid')) {
  return z
    .string({ error: message })
    .trim()
    .toLowerCase()
    .pipe(z.uuid({ error: message }));
}
