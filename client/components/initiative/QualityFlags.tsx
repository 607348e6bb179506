import { Link } from 'react-router';
import { Heading } from 'suomifi-ui-components';
import {
  isStaleAssessment,
  type QualityFlag,
  qualityFlags,
  STALE_ASSESSMENT_DAYS,
} from '../../../shared/data-quality.ts';
import { todayInFinland } from '../../../shared/dates.ts';
import type { Initiative } from '../../../shared/initiative.ts';
import { canEditInitiative, isCoordinator, type SessionUser } from '../../../shared/user.ts';
import type { MessageKey } from '../../i18n/catalogue.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { fieldId } from '../form/field-errors.ts';

interface Fix {
  /** The form path of the input that fixes it (fieldId makes its DOM id). */
  target: string;
  label: MessageKey;
}

const START: Fix = { target: 'startDate', label: 'initiative.field.startDate' };
const END: Fix = { target: 'endDate', label: 'initiative.field.endDate' };
const STATUS: Fix = { target: 'status', label: 'initiative.field.status' };
const MINISTRY_HEALTH: Fix = { target: 'ministryHealth.rating', label: 'initiative.field.ministryHealth' };
const DIGITOIMISTO_HEALTH: Fix = {
  target: 'digitoimistoHealth.rating',
  label: 'initiative.field.digitoimistoHealth',
};

/** Where in the edit form each flag is fixed; null when this user may not change that field. */
function fixOf(flag: QualityFlag, initiative: Initiative, user: SessionUser, today: string): Fix | null {
  switch (flag) {
    case 'missingStartDate':
      return START;
    case 'missingEndDate':
    case 'endBeforeStart':
      return END;
    case 'ongoingPastEnd':
    case 'milestonesDoneWhileOpen':
      return STATUS;
    case 'lawWithoutStage':
      return { target: 'preparationStage', label: 'initiative.field.preparationStage' };
    case 'notAssessed':
      return MINISTRY_HEALTH;
    case 'staleAssessment':
      if (isStaleAssessment(initiative.ministryHealth, today)) return MINISTRY_HEALTH;
      // Digitoimisto's own assessment is the coordinators' to renew.
      return isCoordinator(user) ? DIGITOIMISTO_HEALTH : null;
    case 'openMilestoneWhenClosed':
      return { target: 'milestones', label: 'initiative.field.milestones' };
    case 'missingSwedishTitle':
      return { target: 'title.sv', label: 'initiative.form.titleSv' };
    case 'missingEnglishTitle':
      return { target: 'title.en', label: 'initiative.form.titleEn' };
  }
}

/**
 * Moves focus to a field of the edit form once that page has drawn it (it waits for its data and
 * its code), after the page's own move of focus to the main content. A link opened in a new tab
 * has only its #fragment, and lands at the top of the form.
 */
function focusWhenShown(id: string): void {
  const focus = (element: HTMLElement) => requestAnimationFrame(() => setTimeout(() => element.focus(), 0));
  const observer = new MutationObserver(() => {
    const element = document.getElementById(id);
    if (!element) return;
    stop();
    focus(element);
  });
  const timer = setTimeout(() => stop(), 10_000);
  const stop = () => {
    observer.disconnect();
    clearTimeout(timer);
  };
  observer.observe(document.body, { childList: true, subtree: true });
}

/**
 * The initiative's data-quality flags (shared/data-quality.ts), each as a sentence in the UI
 * language with a link to the field that fixes it for those who may edit; "no gaps" when clean.
 */
export function QualityFlags({ initiative, user }: { initiative: Initiative; user: SessionUser }) {
  const { t } = useI18n();
  const today = todayInFinland();
  const flags = qualityFlags(initiative, today);
  const mayEdit = canEditInitiative(user, initiative.leadMinistry);
  const linked = mayEdit && initiative.archivedAt === null;
  return (
    <section className="screen-section" aria-labelledby="quality-heading">
      <Heading variant="h2" id="quality-heading">
        {t('quality.title')}
      </Heading>
      {flags.length === 0 ? (
        <p>{t('quality.section.clean')}</p>
      ) : (
        <>
          <p>{t('quality.section.intro')}</p>
          <ul>
            {flags.map((flag) => {
              const fix = linked ? fixOf(flag, initiative, user, today) : null;
              const id = fix ? fieldId(fix.target) : '';
              return (
                <li key={flag}>
                  {t(`quality.explain.${flag}`, { days: STALE_ASSESSMENT_DAYS })}
                  {fix && (
                    <>
                      {' '}
                      <Link
                        to={`/initiatives/${initiative.id}/edit#${id}`}
                        onClick={() => focusWhenShown(id)}
                      >
                        {t('quality.section.fix', { field: t(fix.label) })}
                      </Link>
                    </>
                  )}
                </li>
              );
            })}
          </ul>
          {!mayEdit && <p className="muted">{t('quality.section.whoFixes')}</p>}
        </>
      )}
    </section>
  );
}
