/**
 * The active conditions of the shared filter as removable chips ("LVM ×", "Käynnissä ×"), and
 * the same words for the print header. Pure: takes its translator, tested without React.
 */
import type { InitiativeFilter } from '../../shared/initiative-filter.ts';
import type { MessageKey } from '../i18n/catalogue.ts';

type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

type Conditions = Required<InitiativeFilter>;
type Item<T> = T extends readonly (infer U)[] ? U : T;

/**
 * A label for every condition of the filter. The type asks for every key of the shared
 * filter, so a condition added there cannot be left without its chip.
 */
export type ChipLabels = { [K in keyof Conditions]: (value: Item<Conditions[K]>) => string };

export interface FilterChip {
  /** Stable across renders: the condition and its value. */
  id: string;
  label: string;
  /** The filter without this one condition. */
  without: InitiativeFilter;
}

/** Whether a value is a condition at all (the list's defaults are not: "active only", false, ""). */
function isActive(key: string, value: unknown): boolean {
  if (value === undefined || value === null || value === false || value === '') return false;
  if (Array.isArray(value)) return value.length > 0;
  return !(key === 'archived' && value === 'active');
}

/** One chip per chosen value of a list, one per other active condition, in the labels' order. */
export function filterChips(filter: InitiativeFilter, labels: ChipLabels): FilterChip[] {
  const chips: FilterChip[] = [];
  const conditions = filter as Record<string, unknown>;
  for (const [key, label] of Object.entries(labels) as [string, (value: unknown) => string][]) {
    const value = conditions[key];
    if (!isActive(key, value)) continue;
    if (Array.isArray(value)) {
      for (const item of value) {
        const rest = value.filter((other) => other !== item);
        chips.push({
          id: `${key}:${String(item)}`,
          label: label(item),
          without: { ...filter, [key]: rest.length > 0 ? rest : undefined },
        });
      }
    } else {
      chips.push({ id: key, label: label(value), without: { ...filter, [key]: undefined } });
    }
  }
  return chips;
}

/** The labels in the UI language; EU acts and cooperation bodies by the name `euActName` / `bodyName` gives a reference, if any. */
export function chipLabels(
  t: Translate,
  euActName: (ref: string) => string | undefined,
  bodyName: (ref: string) => string | undefined = () => undefined,
): ChipLabels {
  return {
    ministries: (code) => code,
    leadMinistries: (code) => t('list.chips.leadMinistry', { code }),
    statuses: (status) => t(`codes.status.${status}`),
    euActs: (ref) => euActName(ref) ?? t('list.chips.euActUnknown'),
    bodies: (ref) => t('list.chips.body', { name: bodyName(ref) ?? t('list.chips.bodyUnknown') }),
    themes: (theme) => t(`codes.theme.${theme}`),
    kinds: (kind) => t(`codes.kind.${kind}`),
    tracks: (track) => t(`codes.track.${track}`),
    health: (rating) => t('list.chips.health', { rating: t(`codes.health.${rating}`) }),
    ministryHealth: (rating) => t('list.chips.ministryHealth', { rating: t(`codes.health.${rating}`) }),
    digitoimistoHealth: (rating) =>
      t('list.chips.digitoimistoHealth', { rating: t(`codes.health.${rating}`) }),
    fundingSources: (source) => t('list.chips.funding', { source: t(`codes.funding.${source}`) }),
    tiers: (tier) => t('list.chips.tier', { tier: t(`codes.tier.${tier}`) }),
    euDeadlineWithinDays: (days) => t('list.chips.euWithin', { count: days }),
    late: () => t('list.chips.late'),
    euOverdue: () => t('list.chips.euOverdue'),
    milestoneOverdue: () => t('list.chips.milestoneOverdue'),
    qualityIssues: () => t('list.chips.qualityIssues'),
    missingTranslations: (language) => t(`list.chips.missing.${language}`),
    assessmentsDisagree: () => t('list.disagree'),
    text: (text) => t('list.chips.text', { text }),
    archived: (archived) => (archived === 'all' ? t('list.chips.archivedAll') : t('list.archivedOnly')),
  };
}
