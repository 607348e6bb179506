/**
 * What the sign-in page says when a sign-in is refused, in the UI language. The throttle's
 * refusals carry their reason and how long to wait (`data.details`), so each gets its own
 * sentence. Pure: takes the error's parts and a translator.
 */
import type { MessageKey } from '../i18n/catalogue.ts';

type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

export interface LoginFailure {
  code: string | undefined;
  details: unknown;
  message: string;
}

interface ThrottleDetails {
  reason?: unknown;
  retryAfterSeconds?: unknown;
}

/** Whole minutes to wait, at least one: "try again in 15 minutes". */
export function minutesToWait(retryAfterSeconds: unknown): number {
  const seconds =
    typeof retryAfterSeconds === 'number' && Number.isFinite(retryAfterSeconds) ? retryAfterSeconds : 0;
  return Math.max(1, Math.ceil(seconds / 60));
}

export function loginErrorMessage(failure: LoginFailure, t: Translate): string {
  if (failure.code === 'UNAUTHORIZED') return t('common.login.wrongCredentials');
  if (failure.code === 'TOO_MANY_REQUESTS') {
    const details = (failure.details ?? {}) as ThrottleDetails;
    if (details.reason === 'busy') return t('common.login.busy');
    const count = minutesToWait(details.retryAfterSeconds);
    return details.reason === 'address'
      ? t('common.login.tooManyForAddress', { count })
      : t('common.login.tooManyForName', { count });
  }
  return t('common.login.failed', { message: failure.message });
}
