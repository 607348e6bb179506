/**
 * Domain errors thrown by services. They carry what the user needs to fix the problem; the
 * tRPC layer (trpc.ts) and the HTTP routes (http/) map them to status codes in one place.
 */
export type DomainErrorKind =
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'FORBIDDEN'
  | 'INVALID'
  | 'UNAUTHORIZED'
  | 'TOO_MANY_REQUESTS';

export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    message: string,
    /** Field path the error is about, e.g. `projectNumber`, so the client can show it beside the field. */
    readonly field?: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new DomainError('NOT_FOUND', `${what} was not found.`);
export const forbidden = (message: string) => new DomainError('FORBIDDEN', message);
export const invalid = (message: string, field?: string) => new DomainError('INVALID', message, field);
export const conflict = (message: string, details?: unknown) =>
  new DomainError('CONFLICT', message, undefined, details);
