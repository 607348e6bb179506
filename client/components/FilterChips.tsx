import { useLayoutEffect, useRef } from 'react';
import { Button, Chip, VisuallyHidden } from 'suomifi-ui-components';
import type { InitiativeFilter } from '../../shared/initiative-filter.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useFilterChips } from '../lib/use-filter-chips.ts';

/**
 * The active filters above the results, each a button that removes it ("Poista rajaus: LVM"),
 * and "Tyhjennä kaikki". Focus stays with the chips: a removed chip hands it to the one that
 * takes its place, the last one to the results (onAllRemoved).
 */
export function FilterChips({
  filter,
  onChange,
  onAllRemoved,
}: {
  filter: InitiativeFilter;
  onChange: (filter: InitiativeFilter) => void;
  onAllRemoved: () => void;
}) {
  const { t } = useI18n();
  const chips = useFilterChips(filter);
  const list = useRef<HTMLUListElement>(null);
  // Where focus goes once the filter (in the URL) has changed: chip index, and the count to expect.
  const pending = useRef<{ index: number; count: number } | null>(null);

  useLayoutEffect(() => {
    const target = pending.current;
    if (!target || chips.length !== target.count) return;
    pending.current = null;
    const buttons = list.current?.querySelectorAll<HTMLButtonElement>('button.fi-chip');
    const next = buttons?.[Math.min(target.index, (buttons?.length ?? 0) - 1)];
    if (next) next.focus();
    else onAllRemoved();
  });

  if (chips.length === 0) return null;
  return (
    <section className="filter-chips" aria-label={t('list.chips.region')}>
      <ul ref={list} className="filter-chips__list">
        {chips.map((chip, index) => (
          <li key={chip.id}>
            <Chip
              removable
              onClick={() => {
                pending.current = { index, count: chips.length - 1 };
                onChange(chip.without);
              }}
            >
              <VisuallyHidden>{`${t('list.chips.remove')} `}</VisuallyHidden>
              {chip.label}
            </Chip>
          </li>
        ))}
        <li>
          <Button
            variant="secondaryNoBorder"
            className="filter-chips__clear"
            onClick={() => {
              pending.current = { index: 0, count: 0 };
              onChange({});
            }}
          >
            {t('list.chips.clearAll')}
          </Button>
        </li>
      </ul>
    </section>
  );
}
