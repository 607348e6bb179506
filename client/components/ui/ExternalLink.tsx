import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';

/** External links open in a new window, and say so (WCAG 3.2.5). */
export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
      <span className="visually-hidden"> {t('initiative.page.opensNewWindow')}</span>
      <span aria-hidden="true"> ↗</span>
    </a>
  );
}
