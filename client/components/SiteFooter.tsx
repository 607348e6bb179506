import '../styles/footer.css';
import { Link } from 'react-router';
import { useI18n } from '../i18n/i18n.tsx';
import { ACCESSIBILITY_STATEMENT } from '../lib/accessibility-statement.ts';

/**
 * The footer of every page, signed in or out: the accessibility statement and where to send
 * feedback on accessibility, as the Act on the Provision of Digital Services (306/2019) asks.
 */
export function SiteFooter() {
  const { t } = useI18n();
  const email = ACCESSIBILITY_STATEMENT.feedbackEmail;
  return (
    <footer className="app-footer">
      <Link to="/accessibility">{t('statement.footer.statement')}</Link>
      <span>
        {t('statement.footer.feedback')} <a href={`mailto:${email}`}>{email}</a>
      </span>
    </footer>
  );
}
