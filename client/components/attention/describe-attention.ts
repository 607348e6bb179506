import type { AttentionItem, AttentionReason } from '../../../shared/attention.ts';
import { canEditInitiative, isCoordinator, type SessionUser } from '../../../shared/user.ts';
import { fieldId } from '../form/field-errors.ts';
import type { LatenessContext } from '../lateness/describe-lateness.ts';

export type AttentionContext = LatenessContext;

/** A reason as a plain sentence in the UI language: "Digitoimiston arvio on 143 päivää vanha". */
export function describeAttentionReason(ctx: AttentionContext, reason: AttentionReason): string {
  switch (reason.kind) {
    case 'red':
      return ctx.t(`attention.reason.red.${reason.assessment}`);
    case 'twoApart':
      return ctx.t(reason.ministry === 'green' ? 'attention.reason.greenRed' : 'attention.reason.redGreen');
    case 'stale':
      return ctx.t(`attention.reason.stale.${reason.assessment}`, { count: reason.days });
    case 'milestoneOverdue':
      return ctx.t('attention.reason.milestone', { title: reason.title, count: reason.daysLate });
    case 'euDutySoon': {
      const vars = {
        act: reason.euActShortName ?? ctx.t('attention.reason.anyAct'),
        date: ctx.formatDate(reason.deadline),
        count: reason.daysLeft,
      };
      return reason.daysLeft === 0
        ? ctx.t('attention.reason.euToday', vars)
        : ctx.t('attention.reason.euSoon', vars);
    }
    case 'euDutyOverdue':
      return ctx.t('attention.reason.euOverdue', {
        act: reason.euActShortName ?? ctx.t('attention.reason.anyAct'),
        date: ctx.formatDate(reason.deadline),
        count: reason.daysOverdue,
      });
    case 'late': {
      const what = ctx.t(`lateness.kind.${reason.cause}`);
      return ctx.t('attention.reason.late', {
        count: reason.daysLate,
        what: reason.euActShortName ? `${reason.euActShortName}: ${what}` : what,
        date: ctx.formatDate(reason.date),
      });
    }
  }
}

export interface ReasonTarget {
  pathname: string;
  /** The id of the element to bring into view and focus, without the '#'. */
  anchor: string;
}

type Place = 'ministryHealth' | 'digitoimistoHealth' | 'health' | 'milestones' | 'euImpacts' | 'endDate';

function placeOf(reason: AttentionReason): Place {
  switch (reason.kind) {
    case 'red':
    case 'stale':
      return reason.assessment === 'ministry' ? 'ministryHealth' : 'digitoimistoHealth';
    case 'twoApart':
      return 'health';
    case 'milestoneOverdue':
      return 'milestones';
    case 'euDutySoon':
    case 'euDutyOverdue':
      return 'euImpacts';
    case 'late':
      return reason.cause === 'endDate' ? 'endDate' : 'euImpacts';
  }
}

/** Where each place is on the edit form (its field or section) and on the read-only page (its section). */
const EDIT_ANCHOR: Record<Place, string> = {
  ministryHealth: fieldId('ministryHealth.rating'),
  digitoimistoHealth: fieldId('digitoimistoHealth.rating'),
  health: 'section-health',
  milestones: fieldId('milestones'),
  euImpacts: fieldId('euImpacts'),
  endDate: fieldId('endDate'),
};
const VIEW_ANCHOR: Record<Place, string> = {
  ministryHealth: 'health-heading',
  digitoimistoHealth: 'health-heading',
  health: 'health-heading',
  milestones: 'milestones-heading',
  euImpacts: 'impacts-heading',
  endDate: 'overview-heading',
};

/**
 * Where a reason is put right: the edit form at its field for someone who may change it (the
 * lead ministry's editors, coordinators; Digitoimisto's rating only coordinators), otherwise the
 * initiative's page at the section that shows it.
 */
export function reasonTarget(
  reason: AttentionReason,
  item: Pick<AttentionItem, 'id' | 'leadMinistry'>,
  user: Pick<SessionUser, 'role' | 'ministry'> | null,
): ReasonTarget {
  const place = placeOf(reason);
  const mayEdit =
    user !== null &&
    canEditInitiative(user, item.leadMinistry) &&
    (place !== 'digitoimistoHealth' || isCoordinator(user));
  if (mayEdit) return { pathname: `/initiatives/${item.id}/edit`, anchor: EDIT_ANCHOR[place] };
  // Read-only, lateness has a panel of its own, which names every date that passed.
  return {
    pathname: `/initiatives/${item.id}`,
    anchor: reason.kind === 'late' ? 'lateness-heading' : VIEW_ANCHOR[place],
  };
}
