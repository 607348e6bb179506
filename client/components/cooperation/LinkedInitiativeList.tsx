import { Link } from 'react-router';
import type { LocalizedText } from '../../../shared/localized-text.ts';
import type { MessageKey } from '../../i18n/catalogue.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { FinnishText, LocalizedTextView } from '../LocalizedTextView.tsx';

export interface LinkedInitiative {
  linkId: string;
  id: string;
  title: LocalizedText;
  leadMinistry: string;
  status: string;
  note: string | null;
  archived: boolean;
}

/** Initiatives linked to a body or benchmark: each a link, with its ministry, status, note and archived mark. */
export function LinkedInitiativeList({ initiatives }: { initiatives: readonly LinkedInitiative[] }) {
  const { t } = useI18n();
  return (
    <ul className="linked-list">
      {initiatives.map((initiative) => (
        <li key={initiative.linkId}>
          <Link to={`/initiatives/${initiative.id}`}>
            <LocalizedTextView text={initiative.title} />
          </Link>
          <span className="linked-list__meta">
            {[initiative.leadMinistry, t(`codes.status.${initiative.status}` as MessageKey)].join(' · ')}
          </span>
          {initiative.archived && <span className="badge">{t('cooperation.page.archived')}</span>}
          {initiative.note && <FinnishText as="p" className="linked-list__note" text={initiative.note} />}
        </li>
      ))}
    </ul>
  );
}
