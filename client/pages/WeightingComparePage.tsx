import '../styles/screens.css';
import '../styles/scoring.css';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { Checkbox, Heading } from 'suomifi-ui-components';
import { FilterChips } from '../components/FilterChips.tsx';
import { FilterPanel } from '../components/FilterPanel.tsx';
import { SelectField } from '../components/form/fields.tsx';
import { LocalizedTextView } from '../components/LocalizedTextView.tsx';
import { QueryState } from '../components/QueryState.tsx';
import { ComparisonColumns } from '../components/scoring/ComparisonColumns.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { trpc } from '../lib/trpc.ts';
import { useFilterParams } from '../lib/use-filter-params.ts';

const OWN_KEYS = ['w', 'top'] as const;
const MIN_COMPARED = 2;
const MAX_COMPARED = 4;
const DEFAULT_TOP = 10;
const TOP_CHOICES = [5, 10, 15, 20, 30, 50, 100];

/** The top N from the URL: 1–200, else the default. */
function parseTop(value: string | null): number {
  const top = Number.parseInt(value ?? '', 10);
  return Number.isInteger(top) && top >= 1 && top <= 200 ? top : DEFAULT_TOP;
}

/**
 * /weightings/compare: 2–4 weightings side by side, the top N under each, with the list's
 * filters; the choice, N and the filters live in the URL, so a comparison is a link.
 */
export function WeightingComparePage() {
  const { t } = useI18n();
  const { filter, own, setFilter, setOwn } = useFilterParams(OWN_KEYS);
  const weightings = useQuery(trpc.scoring.weightings.queryOptions());
  const all = weightings.data ?? [];
  const fromUrl = (own.w ?? '')
    .split(',')
    .filter((id) => all.some((w) => w.id === id))
    .slice(0, MAX_COMPARED);
  // With nothing chosen yet: the default and the next one, so the page shows a comparison at once.
  const chosen = own.w === null ? all.slice(0, MIN_COMPARED).map((w) => w.id) : fromUrl;
  const top = parseTop(own.top);
  const enough = chosen.length >= MIN_COMPARED;
  const comparison = useQuery({
    ...trpc.scoring.compare.queryOptions({ weightingIds: chosen, filter, top }),
    enabled: enough,
    placeholderData: keepPreviousData,
  });
  const toggle = (id: string, on: boolean) => {
    const next = on ? [...chosen, id] : chosen.filter((c) => c !== id);
    // In the order of the list, so the columns do not jump about as boxes are ticked.
    setOwn({
      w:
        all
          .filter((w) => next.includes(w.id))
          .map((w) => w.id)
          .join(',') || 'none',
    });
  };
  const compared = chosen.flatMap((id) => all.filter((w) => w.id === id));
  const topChoices = TOP_CHOICES.includes(top) ? TOP_CHOICES : [...TOP_CHOICES, top].sort((a, b) => a - b);
  return (
    <div className="list-page">
      <p className="screen__back">
        <Link to="/weightings">{t('scoring.compare.back')}</Link>
      </p>
      <Heading variant="h1">{t('scoring.compare.title')}</Heading>
      <p>{t('scoring.compare.intro')}</p>
      <div className="list-layout">
        <FilterPanel filter={filter} onChange={setFilter} resultCount={comparison.data?.ranked} />
        <section className="results" aria-labelledby="compare-results-heading">
          <h2 id="compare-results-heading" className="visually-hidden">
            {t('scoring.compare.title')}
          </h2>
          <div className="compare-controls">
            <fieldset className="form-fieldset">
              <legend>{t('scoring.compare.pick')}</legend>
              <p className="field__hint">{t('scoring.compare.pickHint')}</p>
              {weightings.data ? (
                all.map((w) => {
                  const on = chosen.includes(w.id);
                  return (
                    <Checkbox
                      key={w.id}
                      variant="small"
                      checked={on}
                      disabled={!on && chosen.length >= MAX_COMPARED}
                      onClick={({ checkboxState }) => toggle(w.id, checkboxState)}
                    >
                      <LocalizedTextView text={w.name} />
                    </Checkbox>
                  );
                })
              ) : (
                <QueryState query={weightings} />
              )}
            </fieldset>
            <SelectField
              id="compare-top"
              label={t('scoring.compare.top')}
              hint={t('scoring.compare.topHint')}
              value={String(top)}
              options={topChoices.map((n) => ({ value: String(n), label: String(n) }))}
              onChange={(value) => setOwn({ top: value })}
            />
          </div>
          <FilterChips filter={filter} onChange={setFilter} onAllRemoved={() => undefined} />
          {!enough && weightings.data && <p role="status">{t('scoring.compare.tooFew')}</p>}
          {enough && comparison.data && (
            <>
              <p role="status" className="results__count">
                {t('scoring.compare.ranked', { count: comparison.data.ranked })}
              </p>
              <ComparisonColumns comparison={comparison.data} weightings={compared} />
            </>
          )}
          {enough && !comparison.data && <QueryState query={comparison} />}
        </section>
      </div>
    </div>
  );
}
