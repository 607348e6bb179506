import '../../styles/scoring.css';
import { useQuery } from '@tanstack/react-query';
import { Heading } from 'suomifi-ui-components';
import { type Board, type BoardDecision, MAX_CARDS_PER_TIER } from '../../../shared/board.ts';
import type { Tier } from '../../../shared/codes.ts';
import type { Initiative } from '../../../shared/initiative.ts';
import { type Criterion, type Weighting, weightedScore } from '../../../shared/scoring.ts';
import { isCoordinator, type SessionUser } from '../../../shared/user.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { snapshotInput, useSnapshotId } from '../../lib/snapshot-mode.tsx';
import { trpc } from '../../lib/trpc.ts';
import { LocalizedTextView } from '../LocalizedTextView.tsx';
import { QueryState } from '../QueryState.tsx';
import { formatScore } from '../scoring/score-format.ts';
import { Fact } from '../ui/Fact.tsx';
import { DecisionList } from './DecisionList.tsx';
import { ScoreEditor } from './ScoreEditor.tsx';
import { TierMoveForm } from './TierMoveForm.tsx';

/**
 * The initiative's priority: its tier and place in it, each criterion's score with what the
 * level means, the weighted score under the default weighting, and the tier's decision log.
 * Coordinators and admins also get the "move to tier…" control and the score editor.
 */
export function PrioritySection({ user, initiative }: { user: SessionUser; initiative: Initiative }) {
  const { t } = useI18n();
  const snapshotId = useSnapshotId();
  const criteria = useQuery(trpc.scoring.criteria.queryOptions(snapshotInput(snapshotId)));
  const weightings = useQuery(trpc.scoring.weightings.queryOptions(snapshotInput(snapshotId)));
  const active = initiative.archivedAt === null;
  // The place in the tier: the tier's column of the board (the API has no per-initiative place).
  // Its first cards usually hold it; a card further down asks for the whole tier.
  const tierInput = { filter: { tiers: [initiative.tier] }, snapshotId };
  const firstCards = useQuery({ ...trpc.board.get.queryOptions(tierInput), enabled: active });
  const firstColumn = columnOf(firstCards.data, initiative.tier);
  const inFirst = firstColumn?.cards.some((card) => card.id === initiative.id) ?? false;
  const wholeTier = useQuery({
    ...trpc.board.get.queryOptions({ ...tierInput, perTier: MAX_CARDS_PER_TIER }),
    enabled: active && !!firstColumn && !inFirst && firstColumn.total > firstColumn.cards.length,
  });
  const column = inFirst ? firstColumn : (columnOf(wholeTier.data, initiative.tier) ?? firstColumn);
  const index = column?.cards.findIndex((card) => card.id === initiative.id) ?? -1;
  // The decision log of every initiative, read here for this one's entries.
  const decisions = useQuery(trpc.board.decisions.queryOptions({}));
  const defaultWeighting = weightings.data?.find((w) => w.isDefault);
  const mayChange = isCoordinator(user) && active;
  return (
    <section className="screen-section" aria-labelledby="priority-heading">
      <Heading variant="h2" id="priority-heading">
        {t('scoring.priority.heading')}
      </Heading>
      <dl className="facts">
        <Fact term={t('scoring.priority.tier')}>{t(`codes.tier.${initiative.tier}`)}</Fact>
        <Fact term={t('scoring.priority.position')}>
          {!active
            ? t('scoring.priority.notOnBoard')
            : column && index >= 0
              ? t('scoring.priority.positionValue', { position: index + 1, count: column.total })
              : '…'}
        </Fact>
        <WeightedScoreFact initiative={initiative} criteria={criteria.data} weighting={defaultWeighting} />
      </dl>
      {criteria.data ? (
        <ScoreTable scores={initiative.scores} criteria={criteria.data} />
      ) : (
        <QueryState query={criteria} />
      )}
      {mayChange && criteria.data && (
        <div className="priority-editors">
          <TierMoveForm initiative={initiative} />
          <ScoreEditor initiative={initiative} criteria={criteria.data} weighting={defaultWeighting} />
        </div>
      )}
      {decisions.data ? (
        <DecisionList
          decisions={decisions.data.filter((d: BoardDecision) => d.initiativeId === initiative.id)}
        />
      ) : (
        <QueryState query={decisions} />
      )}
    </section>
  );
}

const columnOf = (board: Board | undefined, tier: Tier) => board?.columns.find((c) => c.tier === tier);

function WeightedScoreFact({
  initiative,
  criteria,
  weighting,
}: {
  initiative: Initiative;
  criteria: Criterion[] | undefined;
  weighting: Weighting | undefined;
}) {
  const { t, language } = useI18n();
  // The server's score is the truth; how complete it is, is computed here from the same rule.
  const completeness =
    criteria && weighting ? weightedScore(initiative.scores, criteria, weighting.weights) : null;
  return (
    <Fact term={t('scoring.priority.weightedScore')}>
      <span className="weighted-score">
        {initiative.weightedScore === null
          ? t('scoring.priority.noWeightedScore')
          : t('scoring.priority.weightedScoreValue', {
              score: formatScore(initiative.weightedScore, language),
            })}
      </span>
      {weighting && (
        <span className="weighted-score__meta">
          {t('scoring.priority.weighting')}: <LocalizedTextView text={weighting.name} />
          {completeness && completeness.weighted > 0 && (
            <>
              {' · '}
              {t('scoring.priority.completeness', {
                scored: completeness.scored,
                weighted: completeness.weighted,
              })}
            </>
          )}
        </span>
      )}
    </Fact>
  );
}

/** Every criterion with the initiative's score and what that level means (or "not scored"). */
function ScoreTable({
  scores,
  criteria,
}: {
  scores: Readonly<Record<string, number>>;
  criteria: Criterion[];
}) {
  const { t } = useI18n();
  return (
    <div className="table-scroll">
      <table className="data-table score-table">
        <caption className="score-table__caption">{t('scoring.priority.scoresCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('scoring.priority.criterion')}</th>
            <th scope="col">{t('scoring.priority.score')}</th>
            <th scope="col">{t('scoring.priority.meaning')}</th>
          </tr>
        </thead>
        <tbody>
          {criteria.map((criterion) => {
            const score = scores[criterion.key];
            const level = score === undefined ? undefined : criterion.levels[score - 1];
            return (
              <tr key={criterion.key}>
                <th scope="row" data-label={t('scoring.priority.criterion')}>
                  <LocalizedTextView text={criterion.name} />
                  <span className="score-table__direction">
                    {t(`scoring.direction.${criterion.direction}`)}
                  </span>
                </th>
                <td data-label={t('scoring.priority.score')}>
                  {score === undefined ? t('scoring.notScored') : t('scoring.scoreOutOf', { score })}
                </td>
                <td data-label={t('scoring.priority.meaning')}>
                  {level ? <LocalizedTextView text={level} /> : '–'}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
