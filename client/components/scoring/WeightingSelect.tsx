import { useId } from 'react';
import { pickLocalized } from '../../../shared/localized-text.ts';
import type { Weighting } from '../../../shared/scoring.ts';
import { useI18n } from '../../i18n/i18n.tsx';

/**
 * The weighting scores are computed under, for the list and the board: names in the UI
 * language (Finnish when a name has no translation), the default marked. `value` undefined is
 * the default, and choosing the default reports undefined, so a URL names only a chosen one.
 */
export function WeightingSelect({
  weightings,
  value,
  onChange,
}: {
  weightings: readonly Weighting[] | undefined;
  value: string | undefined;
  onChange: (id: string | undefined) => void;
}) {
  const { t, language } = useI18n();
  const id = useId();
  const fallback = weightings?.find((weighting) => weighting.isDefault)?.id ?? '';
  return (
    <div className="weighting-select">
      <label htmlFor={id}>{t('scoring.weightingSelect.label')}</label>
      <select
        id={id}
        aria-describedby={`${id}-hint`}
        value={value ?? fallback}
        onChange={(event) => {
          const chosen = weightings?.find((weighting) => weighting.id === event.target.value);
          onChange(chosen && !chosen.isDefault ? chosen.id : undefined);
        }}
      >
        {!weightings?.length && <option value="">–</option>}
        {weightings?.map((weighting) => {
          const name = pickLocalized(weighting.name, language);
          return (
            <option key={weighting.id} value={weighting.id} lang={name.fallback ? 'fi' : undefined}>
              {weighting.isDefault ? t('scoring.weightingSelect.default', { name: name.text }) : name.text}
            </option>
          );
        })}
      </select>
      <span id={`${id}-hint`} className="weighting-select__hint">
        {t('scoring.weightingSelect.hint')}
      </span>
    </div>
  );
}
