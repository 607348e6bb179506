import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useEffect, useId, useState } from 'react';
import { Button, Checkbox, TextInput } from 'suomifi-ui-components';
import { HEALTH_RATINGS, INITIATIVE_KINDS, STATUSES, THEMES, TIERS, TRACKS } from '../../shared/codes.ts';
import { euActSlug, isEuActId } from '../../shared/eu-act.ts';
import { activeFilterCount, bodySlug, type InitiativeFilter } from '../../shared/initiative-filter.ts';
import { TRANSLATION_LANGUAGES } from '../../shared/missing-translations.ts';
import type { MessageKey } from '../i18n/catalogue.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useSnapshotId } from '../lib/snapshot-mode.tsx';
import { trpc } from '../lib/trpc.ts';
import { useMinistryName } from '../lib/use-ministry-names.ts';

type ListKey =
  | 'ministries'
  | 'leadMinistries'
  | 'statuses'
  | 'euActs'
  | 'bodies'
  | 'themes'
  | 'kinds'
  | 'tracks'
  | 'health'
  | 'tiers'
  | 'missingTranslations';

interface Option {
  value: string;
  label: string;
}

/**
 * One filter as a group of checkboxes in a disclosure; the summary shows how many are chosen.
 * Open at first when in use, then the user's to open and close: unticking the last box must
 * not fold the group away under the keyboard focus.
 */
function CheckboxFilter({
  legend,
  hint,
  options,
  selected,
  onChange,
}: {
  legend: string;
  /** Said of the whole group, read with it (aria-describedby). */
  hint?: string;
  options: Option[];
  selected: readonly string[];
  onChange: (values: string[]) => void;
}) {
  const hintId = useId();
  const [open, setOpen] = useState(selected.length > 0);
  const inUse = selected.length > 0;
  // A group that comes into use from outside (a saved view, a link) opens to show it.
  useEffect(() => {
    if (inUse) setOpen(true);
  }, [inUse]);
  return (
    <details className="filter" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        {legend}
        {selected.length > 0 ? ` (${selected.length})` : ''}
      </summary>
      <fieldset aria-describedby={hint ? hintId : undefined}>
        <legend className="visually-hidden">{legend}</legend>
        {hint && (
          <span id={hintId} className="filter__hint">
            {hint}
          </span>
        )}
        {options.map((option) => (
          <Checkbox
            key={option.value}
            variant="small"
            checked={selected.includes(option.value)}
            onClick={({ checkboxState }) =>
              onChange(
                checkboxState ? [...selected, option.value] : selected.filter((v) => v !== option.value),
              )
            }
          >
            {option.label}
          </Checkbox>
        ))}
      </fieldset>
    </details>
  );
}

const EU_WITHIN_CHOICES = [30, 90, 180, 365] as const;

/** The filters of the list, the board and the overview: every change is written to the URL. */
export function FilterPanel({
  filter,
  onChange,
  resultCount,
  onShowResults,
}: {
  filter: InitiativeFilter;
  onChange: (filter: InitiativeFilter) => void;
  /** How many results the filters give, for the phone panel's "show results" button. */
  resultCount?: number;
  /** Called when the phone panel is closed to look at the results. */
  onShowResults?: () => void;
}) {
  const { t } = useI18n();
  // On phones the groups fold behind one button (styles.css); on wider screens they always show.
  const [panelOpen, setPanelOpen] = useState(false);
  const ministries = useQuery(trpc.ministry.list.queryOptions());
  const ministryName = useMinistryName();
  const euActs = useQuery(trpc.euAct.list.queryOptions());
  // Links name acts by short name (eu=NIS2,AI-Act); an old link's id shows as its act's name, and the next change writes names.
  const selectedActs = (filter.euActs ?? []).map((ref) =>
    isEuActId(ref) ? euActSlug(euActs.data?.find((a) => a.id === ref)?.shortName ?? ref) : ref,
  );
  // Bodies likewise (body=OECD-E-Leaders), from the catalogue of the snapshot viewed: an old snapshot has none.
  const snapshotId = useSnapshotId();
  const bodies = useQuery(trpc.cooperation.body.list.queryOptions(snapshotId ? { snapshotId } : undefined));
  const bodyOptions: Option[] = (bodies.data ?? []).map((b) => ({
    value: bodySlug(b.shortName),
    label: b.shortName,
  }));
  const selectedBodies = (filter.bodies ?? []).map((ref) => {
    const body = bodies.data?.find(
      (b) => b.id === ref || bodySlug(b.shortName).toLowerCase() === ref.toLowerCase(),
    );
    return body ? bodySlug(body.shortName) : ref;
  });
  const [text, setText] = useState(filter.text ?? '');
  useEffect(() => setText(filter.text ?? ''), [filter.text]);

  const set = (key: ListKey, values: string[]) =>
    onChange({ ...filter, [key]: values.length > 0 ? values : undefined } as InitiativeFilter);
  const coded = (values: readonly string[], prefix: string): Option[] =>
    values.map((value) => ({ value, label: t(`${prefix}.${value}` as MessageKey) }));
  const ministryOptions: Option[] = (ministries.data ?? []).map((m) => ({
    value: m.code,
    label: ministryName(m.code),
  }));
  const submitText = (event: FormEvent) => {
    event.preventDefault();
    onChange({ ...filter, text: text.trim() || undefined });
  };
  const count = activeFilterCount(filter);

  return (
    <section className={panelOpen ? 'filters filters--open' : 'filters'} aria-labelledby="filters-heading">
      <search>
        <form onSubmit={submitText} className="filters__search">
          <TextInput
            labelText={t('list.search')}
            hintText={t('list.searchHint')}
            value={text}
            onChange={(value) => setText(String(value ?? ''))}
            fullWidth
          />
          <Button type="submit">{t('list.searchButton')}</Button>
        </form>
      </search>
      <button
        type="button"
        className="filters__toggle"
        aria-expanded={panelOpen}
        aria-controls="filter-groups"
        onClick={() => setPanelOpen(!panelOpen)}
      >
        {t('list.filters')}
        {count > 0 ? ` (${count})` : ''}
      </button>
      <h2 id="filters-heading" className="filters__heading">
        {t('list.filters')}
        {count > 0 && <span className="filters__count"> – {t('list.filtersActive', { count })}</span>}
      </h2>
      <div id="filter-groups" className="filters__groups">
        <CheckboxFilter
          legend={t('list.ministry')}
          options={ministryOptions}
          selected={filter.ministries ?? []}
          onChange={(v) => set('ministries', v)}
        />
        <CheckboxFilter
          legend={t('list.leadMinistry')}
          options={ministryOptions}
          selected={filter.leadMinistries ?? []}
          onChange={(v) => set('leadMinistries', v)}
        />
        <CheckboxFilter
          legend={t('list.status')}
          options={coded(STATUSES, 'codes.status')}
          selected={filter.statuses ?? []}
          onChange={(v) => set('statuses', v)}
        />
        <CheckboxFilter
          legend={t('list.euAct')}
          options={(euActs.data ?? []).map((a) => ({ value: euActSlug(a.shortName), label: a.shortName }))}
          selected={selectedActs}
          onChange={(v) => set('euActs', v)}
        />
        {bodyOptions.length > 0 && (
          <CheckboxFilter
            legend={t('list.body')}
            options={bodyOptions}
            selected={selectedBodies}
            onChange={(v) => set('bodies', v)}
          />
        )}
        <CheckboxFilter
          legend={t('list.theme')}
          options={coded(THEMES, 'codes.theme')}
          selected={filter.themes ?? []}
          onChange={(v) => set('themes', v)}
        />
        <CheckboxFilter
          legend={t('list.kind')}
          options={coded(INITIATIVE_KINDS, 'codes.kind')}
          selected={filter.kinds ?? []}
          onChange={(v) => set('kinds', v)}
        />
        <CheckboxFilter
          legend={t('list.track')}
          options={coded(TRACKS, 'codes.track')}
          selected={filter.tracks ?? []}
          onChange={(v) => set('tracks', v)}
        />
        <CheckboxFilter
          legend={t('list.health')}
          options={coded(HEALTH_RATINGS, 'codes.health')}
          selected={filter.health ?? []}
          onChange={(v) => set('health', v)}
        />
        <CheckboxFilter
          legend={t('list.tier')}
          options={coded(TIERS, 'codes.tier')}
          selected={filter.tiers ?? []}
          onChange={(v) => set('tiers', v)}
        />
        <CheckboxFilter
          legend={t('list.missingTranslations')}
          hint={t('list.missingTranslationsHint')}
          options={TRANSLATION_LANGUAGES.map((language) => ({
            value: language,
            label: t(`list.chips.missing.${language}`),
          }))}
          selected={filter.missingTranslations ?? []}
          onChange={(v) => set('missingTranslations', v)}
        />
        <div className="filter filter--inline">
          <label htmlFor="eu-within">{t('list.euWithin')}</label>
          <select
            id="eu-within"
            aria-describedby="eu-within-hint"
            value={filter.euDeadlineWithinDays ?? ''}
            onChange={(event) =>
              onChange({
                ...filter,
                euDeadlineWithinDays: event.target.value === '' ? undefined : Number(event.target.value),
              })
            }
          >
            <option value="">{t('list.euWithinAny')}</option>
            {EU_WITHIN_CHOICES.map((days) => (
              <option key={days} value={days}>
                {t('list.euWithinDays', { count: days })}
              </option>
            ))}
          </select>
          <span id="eu-within-hint" className="filter__hint">
            {t('lateness.euWithinHint')}
          </span>
        </div>
        <div className="filter filter--inline">
          <Checkbox
            variant="small"
            hintText={t('lateness.filterHint')}
            checked={filter.late ?? false}
            onClick={({ checkboxState }) => onChange({ ...filter, late: checkboxState || undefined })}
          >
            {t('lateness.filter')}
          </Checkbox>
        </div>
        <div className="filter filter--inline">
          <Checkbox
            variant="small"
            checked={filter.euOverdue ?? false}
            onClick={({ checkboxState }) => onChange({ ...filter, euOverdue: checkboxState || undefined })}
          >
            {t('list.chips.euOverdue')}
          </Checkbox>
        </div>
        <div className="filter filter--inline">
          <Checkbox
            variant="small"
            checked={filter.milestoneOverdue ?? false}
            onClick={({ checkboxState }) =>
              onChange({ ...filter, milestoneOverdue: checkboxState || undefined })
            }
          >
            {t('list.chips.milestoneOverdue')}
          </Checkbox>
        </div>
        <div className="filter filter--inline">
          <Checkbox
            variant="small"
            hintText={t('quality.filterHint')}
            checked={filter.qualityIssues ?? false}
            onClick={({ checkboxState }) =>
              onChange({ ...filter, qualityIssues: checkboxState || undefined })
            }
          >
            {t('quality.filter')}
          </Checkbox>
        </div>
        <div className="filter filter--inline">
          <label htmlFor="archived">{t('list.archived')}</label>
          <select
            id="archived"
            value={filter.archived ?? 'active'}
            onChange={(event) =>
              onChange({
                ...filter,
                archived:
                  event.target.value === 'active'
                    ? undefined
                    : (event.target.value as InitiativeFilter['archived']),
              })
            }
          >
            <option value="active">{t('list.archivedActive')}</option>
            <option value="archived">{t('list.archivedOnly')}</option>
            <option value="all">{t('list.archivedAll')}</option>
          </select>
        </div>
        <div className="filter filter--inline">
          <Checkbox
            variant="small"
            checked={filter.assessmentsDisagree ?? false}
            onClick={({ checkboxState }) =>
              onChange({ ...filter, assessmentsDisagree: checkboxState || undefined })
            }
          >
            {t('list.disagree')}
          </Checkbox>
        </div>
      </div>
      {count > 0 && (
        <div className="filters__clear">
          <Button variant="secondary" onClick={() => onChange({})}>
            {t('list.clearFilters')}
          </Button>
        </div>
      )}
      {resultCount !== undefined && (
        <div className="filters__show-results">
          <Button
            onClick={() => {
              setPanelOpen(false);
              onShowResults?.();
            }}
          >
            {t('list.showResults', { count: resultCount })}
          </Button>
        </div>
      )}
    </section>
  );
}
