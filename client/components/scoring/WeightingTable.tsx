import { Button } from 'suomifi-ui-components';
import { pickLocalized } from '../../../shared/localized-text.ts';
import type { MinistryCode } from '../../../shared/ministry.ts';
import type { Criterion, Weighting } from '../../../shared/scoring.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useMinistryName } from '../../lib/use-ministry-names.ts';
import { LocalizedTextView } from '../LocalizedTextView.tsx';

export type SavedWeighting = Weighting & { version: number };

/** The weightings, a row each, with their weight for every criterion; coordinators get actions. */
export function WeightingTable({
  weightings,
  criteria,
  canEdit,
  busy,
  onEdit,
  onMakeDefault,
}: {
  weightings: readonly SavedWeighting[];
  criteria: readonly Criterion[];
  canEdit: boolean;
  busy: boolean;
  onEdit: (weighting: SavedWeighting) => void;
  onMakeDefault: (weighting: SavedWeighting) => void;
}) {
  const { t, language } = useI18n();
  const ministryName = useMinistryName();
  return (
    <div className="table-scroll">
      <table className="data-table weight-table">
        <caption className="visually-hidden">{t('scoring.weightings.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('scoring.weightings.name')}</th>
            <th scope="col">{t('scoring.weightings.ministry')}</th>
            {criteria.map((criterion) => (
              <th scope="col" key={criterion.key}>
                <LocalizedTextView text={criterion.name} />
              </th>
            ))}
            {canEdit && <th scope="col">{t('scoring.weightings.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {weightings.map((weighting) => {
            const name = pickLocalized(weighting.name, language).text;
            return (
              <tr key={weighting.id}>
                <th scope="row" data-label={t('scoring.weightings.name')}>
                  <LocalizedTextView text={weighting.name} />
                  {weighting.isDefault && (
                    <span className="badge">{t('scoring.weightings.defaultBadge')}</span>
                  )}
                </th>
                <td data-label={t('scoring.weightings.ministry')}>
                  {weighting.ministry ? (
                    <abbr title={ministryName(weighting.ministry as MinistryCode)}>{weighting.ministry}</abbr>
                  ) : (
                    t('scoring.weightings.digitoimisto')
                  )}
                </td>
                {criteria.map((criterion) => (
                  <td
                    key={criterion.key}
                    className="weight-table__weight"
                    data-label={pickLocalized(criterion.name, language).text}
                  >
                    {weighting.weights[criterion.key] ?? 0}
                  </td>
                ))}
                {canEdit && (
                  <td data-label={t('scoring.weightings.actions')}>
                    <span className="weight-table__actions">
                      <Button
                        variant="secondary"
                        aria-label={t('scoring.weightings.editNamed', { name })}
                        onClick={() => onEdit(weighting)}
                      >
                        {t('scoring.weightings.edit')}
                      </Button>
                      {!weighting.isDefault && (
                        <Button
                          variant="secondaryNoBorder"
                          disabled={busy}
                          aria-label={t('scoring.weightings.makeDefaultNamed', { name })}
                          onClick={() => onMakeDefault(weighting)}
                        >
                          {t('scoring.weightings.makeDefault')}
                        </Button>
                      )}
                    </span>
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
