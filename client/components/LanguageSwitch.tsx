import { LanguageMenu, LanguageMenuItem } from 'suomifi-ui-components';
import { LANGUAGES } from '../../shared/codes.ts';
import { useI18n } from '../i18n/i18n.tsx';

/** The language menu of the header and the sign-in page; the choice persists in this browser. */
export function LanguageSwitch() {
  const { t, language, setLanguage } = useI18n();
  return (
    <LanguageMenu buttonText={language.toUpperCase()} aria-label={t('common.language.label')}>
      {LANGUAGES.map((code) => (
        <LanguageMenuItem
          key={code}
          lang={code}
          selected={code === language}
          onSelect={() => setLanguage(code)}
        >
          {t(`common.language.${code}`)}
        </LanguageMenuItem>
      ))}
    </LanguageMenu>
  );
}
