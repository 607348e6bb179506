import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Button, InlineAlert } from 'suomifi-ui-components';
import { todayInFinland } from '../../../shared/dates.ts';
import type { Initiative } from '../../../shared/initiative.ts';
import { pickLocalized } from '../../../shared/localized-text.ts';
import {
  type Criterion,
  MAX_SCORE,
  MIN_SCORE,
  suggestedEuUrgency,
  type Weighting,
  weightedScore,
} from '../../../shared/scoring.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { errorCode, trpc } from '../../lib/trpc.ts';
import { LocalizedTextView } from '../LocalizedTextView.tsx';
import { formatScore } from '../scoring/score-format.ts';
import { afterPriorityWrite, refetchPriority } from './priority-cache.ts';

/** The criterion whose score has a suggestion from the nearest EU deadline (shared/scoring.ts). */
const EU_URGENCY = 'eu_urgency';
const LEVELS = Array.from({ length: MAX_SCORE - MIN_SCORE + 1 }, (_, i) => MIN_SCORE + i);

type Draft = Record<string, number | undefined>;

const draftOf = (scores: Readonly<Record<string, number>>, criteria: readonly Criterion[]): Draft =>
  Object.fromEntries(criteria.map((c) => [c.key, scores[c.key]]));

const scoresOf = (draft: Draft): Record<string, number> =>
  Object.fromEntries(Object.entries(draft).filter((e): e is [string, number] => e[1] !== undefined));

/**
 * The coordinators' score editor: one radio group per criterion with what each level means,
 * "not scored" to clear one, the EU-urgency suggestion beside its group, and the weighted score
 * these choices would give. Saved with scoring.setScores against the priority version; on a
 * CONFLICT the page is fetched anew and the choices stay for a second look.
 */
export function ScoreEditor({
  initiative,
  criteria,
  weighting,
}: {
  initiative: Pick<Initiative, 'id' | 'scores' | 'priorityVersion' | 'nearestEuDeadline'>;
  criteria: readonly Criterion[];
  weighting: Weighting | undefined;
}) {
  const { t, language, formatDate } = useI18n();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<Draft>(() => draftOf(initiative.scores, criteria));
  const [notice, setNotice] = useState<string | null>(null);
  const save = useMutation(
    trpc.scoring.setScores.mutationOptions({
      onSuccess: async (result, input) => {
        setNotice(t('scoring.editor.saved'));
        await afterPriorityWrite(queryClient, initiative.id, {
          priorityVersion: result.priorityVersion,
          scores: input.scores as Record<string, number>,
        });
      },
      onError: (error) => {
        setNotice(null);
        if (errorCode(error) === 'CONFLICT') void refetchPriority(queryClient, initiative.id);
      },
    }),
  );
  const saved = draftOf(initiative.scores, criteria);
  const unchanged = criteria.every((c) => draft[c.key] === saved[c.key]);
  const preview = weighting ? weightedScore(scoresOf(draft), criteria, weighting.weights).score : null;
  const suggestion = suggestedEuUrgency(initiative.nearestEuDeadline, todayInFinland());
  const set = (key: string, value: number | undefined) => {
    setNotice(null);
    setDraft((current) => ({ ...current, [key]: value }));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (unchanged) {
      setNotice(t('scoring.editor.unchanged'));
      return;
    }
    save.mutate({ id: initiative.id, priorityVersion: initiative.priorityVersion, scores: scoresOf(draft) });
  };
  return (
    <form className="priority-form" onSubmit={submit} aria-labelledby="score-editor-heading">
      <h3 id="score-editor-heading" className="priority-form__heading">
        {t('scoring.editor.heading')}
      </h3>
      <p className="muted">{t('scoring.editor.intro')}</p>
      <div className="score-groups">
        {criteria.map((criterion) => {
          const name = `score-${criterion.key}`;
          const hintId = `${name}-hint`;
          return (
            <fieldset key={criterion.key} className="score-group" aria-describedby={hintId}>
              <legend className="score-group__legend">
                <LocalizedTextView text={criterion.name} />
              </legend>
              <p id={hintId} className="score-group__hint">
                {t(`scoring.directionHint.${criterion.direction}`)}
                {criterion.key === EU_URGENCY && (
                  <>
                    {' · '}
                    {initiative.nearestEuDeadline
                      ? t('scoring.editor.suggestion', {
                          date: formatDate(initiative.nearestEuDeadline),
                          score: suggestion,
                        })
                      : t('scoring.editor.suggestionNoDeadline', { score: suggestion })}
                  </>
                )}
              </p>
              {LEVELS.map((level) => {
                const text = criterion.levels[level - 1];
                const picked = text ? pickLocalized(text, language) : null;
                return (
                  <label key={level} className="score-option">
                    <input
                      type="radio"
                      name={name}
                      value={level}
                      checked={draft[criterion.key] === level}
                      onChange={() => set(criterion.key, level)}
                    />{' '}
                    <span lang={picked?.fallback ? 'fi' : undefined}>
                      {picked ? t('scoring.levelLabel', { level, text: picked.text }) : level}
                    </span>
                  </label>
                );
              })}
              <label className="score-option score-option--none">
                <input
                  type="radio"
                  name={name}
                  value=""
                  checked={draft[criterion.key] === undefined}
                  onChange={() => set(criterion.key, undefined)}
                />{' '}
                {t('scoring.notScored')}
              </label>
              {criterion.key === EU_URGENCY && draft[criterion.key] !== suggestion && (
                <Button variant="secondaryNoBorder" onClick={() => set(criterion.key, suggestion)}>
                  {t('scoring.editor.useSuggestion', { score: suggestion })}
                </Button>
              )}
            </fieldset>
          );
        })}
      </div>
      {weighting && (
        <p className="score-preview" aria-live="polite">
          {preview === null
            ? t('scoring.editor.previewNone')
            : t('scoring.editor.preview', { score: formatScore(preview, language) })}{' '}
          <span className="muted">
            (<LocalizedTextView text={weighting.name} />)
          </span>
        </p>
      )}
      <Button type="submit" disabled={save.isPending}>
        {t('scoring.editor.save')}
      </Button>
      <p role="status" className="priority-form__notice">
        {notice}
      </p>
      {save.error && (
        <InlineAlert status={errorCode(save.error) === 'CONFLICT' ? 'warning' : 'error'} role="alert">
          {errorCode(save.error) === 'CONFLICT'
            ? t('scoring.editor.conflict')
            : t('scoring.editor.failed', { message: save.error.message })}
        </InlineAlert>
      )}
    </form>
  );
}
