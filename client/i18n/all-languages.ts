import type { Language } from '../../shared/language.ts';
import type { Translation } from './catalogue.ts';
import { en } from './messages/en/index.ts';
import { fi } from './messages/fi/index.ts';
import { sv } from './messages/sv/index.ts';

/**
 * Every language at once, for tests of pure functions. The app never imports this: it loads
 * the language it shows (language-pack.ts), so a visitor downloads only that one.
 */
export const messages: Record<Language, Translation> = { fi, sv, en };
