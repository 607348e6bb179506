import { useQuery } from '@tanstack/react-query';
import { pickLocalized } from '../../shared/localized-text.ts';
import { MINISTRY_NAMES, type MinistryCode } from '../../shared/ministry.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { trpc } from './trpc.ts';

/** "LVM – liikenne- ja viestintäministeriö", from ministry.list (the shared names until it answers). */
export function useMinistryName(): (code: MinistryCode) => string {
  const { language } = useI18n();
  const ministries = useQuery(trpc.ministry.list.queryOptions());
  return (code) => {
    const name = ministries.data?.find((m) => m.code === code)?.name ?? MINISTRY_NAMES[code];
    return `${code} – ${pickLocalized(name, language).text}`;
  };
}
