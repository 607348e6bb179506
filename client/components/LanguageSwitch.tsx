import { LanguageMenu, LanguageMenuItem } from 'suomifi-ui-components';
import { LANGUAGES } from '../../shared/language.ts';
import { useI18n } from '../i18n/i18n.tsx';

/** The language menu of the header and the sign-in page; the choice persists in this browser. */
export function LanguageSwitch() {
  const { t, language, setLanguage } = useI18n();
  return (
    // The accessible name starts with the visible "FI" (WCAG 2.5.3), then says what the button does.
    <LanguageMenu
      buttonText={language.toUpperCase()}
      aria-label={t('common.language.button', { code: language.toUpperCase() })}
    >
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
