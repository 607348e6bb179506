import type { Status } from '../../../shared/codes.ts';
import type { Lateness, LatenessReason } from '../../../shared/lateness.ts';
import type { MessageKey } from '../../i18n/catalogue.ts';

export interface LatenessContext {
  t(key: MessageKey, vars?: Record<string, string | number>): string;
  formatDate(isoDate: string | null): string;
}

/** "myöhässä 45 pv" / "försenad 45 d" / "45 days overdue". */
export function overdueText(ctx: LatenessContext, daysLate: number): string {
  return ctx.t('lateness.overdue', { count: daysLate });
}

/**
 * The deadline column's state for a row: the passed deadline of an open initiative is overdue by
 * as many days as its lateness reason says; a coming one, or one of a closed initiative, is not.
 */
export function deadlineOverdueDays(nearestEuDeadline: string | null, lateness: Lateness): number | null {
  if (nearestEuDeadline === null) return null;
  const reason = lateness.reasons.find((r) => r.kind === 'euDeadline' && r.date === nearestEuDeadline);
  return reason ? reason.daysLate : null;
}

/** The kinds of the reasons, each once, worst first: "EU-määräaika, välitavoite". */
export function latenessKinds(ctx: LatenessContext, lateness: Lateness): string {
  return [...new Set(lateness.reasons.map((r) => r.kind))]
    .map((kind) => ctx.t(`lateness.kind.${kind}`))
    .join(', ');
}

/** One reason in a sentence: what passed and when, without the days (shown beside it). */
export function describeReason(ctx: LatenessContext, reason: LatenessReason, status: Status): string {
  const date = ctx.formatDate(reason.date);
  switch (reason.kind) {
    case 'euDeadline':
      return reason.euActShortName
        ? ctx.t('lateness.panel.euDeadline', {
            act: reason.euActShortName,
            relation: reason.relation ? ctx.t(`codes.relation.${reason.relation}`) : '',
            date,
          })
        : ctx.t('lateness.panel.euDeadlineNoAct', { date });
    case 'milestone':
      return ctx.t('lateness.panel.milestone', { title: reason.title, date });
    case 'endDate':
      return ctx.t('lateness.panel.endDate', { date, status: ctx.t(`codes.status.${status}`) });
  }
}
