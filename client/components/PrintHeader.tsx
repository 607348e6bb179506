import { useEffect, useMemo, useState } from 'react';
import { useLocation } from 'react-router';
import { filterFromSearchParams } from '../../shared/initiative-filter.ts';
import { localeOf } from '../../shared/locale-format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useFilterChips } from '../lib/use-filter-chips.ts';

/**
 * Printed above every page, shown only on paper: "digisalkku · tulostettu 1.12.2026 klo 9.30",
 * and on the list the filters it shows, so a printout says what it is and when it was true.
 */
export function PrintHeader() {
  const { t, language, formatDate } = useI18n();
  const { pathname, search } = useLocation();
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const update = () => setNow(new Date());
    window.addEventListener('beforeprint', update);
    return () => window.removeEventListener('beforeprint', update);
  }, []);
  // A new page is a new printout: its time is when it was opened, until printing sets it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the location is the trigger.
  useEffect(() => setNow(new Date()), [pathname, search]);

  const onList = pathname === '/initiatives';
  const filter = useMemo(
    () => (onList ? filterFromSearchParams(new URLSearchParams(search)).filter : {}),
    [onList, search],
  );
  const chips = useFilterChips(filter);
  const time = new Intl.DateTimeFormat(localeOf(language), {
    hour: 'numeric',
    minute: '2-digit',
    timeZone: 'Europe/Helsinki',
  }).format(now);
  const parts = [t('common.appName'), t('common.print.stamp', { date: formatDate(now), time })];
  if (chips.length > 0)
    parts.push(t('common.print.filters', { filters: chips.map((c) => c.label).join(', ') }));
  return <p className="print-header">{parts.join(' · ')}</p>;
}
