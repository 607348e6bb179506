import type { MessageKey } from '../i18n/catalogue.ts';
import { useI18n } from '../i18n/i18n.tsx';

/** Options of a closed vocabulary, labelled from the codes catalogue. */
export function useCodeOptions() {
  const { t } = useI18n();
  return <T extends string>(values: readonly T[], prefix: string) =>
    values.map((value) => ({ value, label: t(`${prefix}.${value}` as MessageKey) }));
}
