/**
 * The fi/sv/en labels of every closed vocabulary (shared/codes.ts): statuses, kinds, tracks,
 * themes, stages, health ratings, tiers, funding sources, EU relations, act kinds and roles.
 * In shared/ so the server words exports and messages in the asker's language with the same
 * labels the client shows; the client's catalogue holds them as its `codes` area.
 */

import { codeLabelsEn } from './code-labels/en.ts';
import { codeLabelsFi } from './code-labels/fi.ts';
import { codeLabelsSv } from './code-labels/sv.ts';
import type { Language } from './codes.ts';

// One file per language, so that the client loads only the language it shows.
export const codes = { fi: codeLabelsFi, sv: codeLabelsSv, en: codeLabelsEn };

export type CodeGroup = keyof typeof codeLabelsFi;

/** The label of a code in a language, e.g. `codeLabel('sv', 'status', 'ongoing')` → "Pågående". */
export function codeLabel<G extends CodeGroup>(
  language: Language,
  group: G,
  code: keyof (typeof codeLabelsFi)[G] & string,
): string {
  return (codes[language][group] as Record<string, string>)[code] ?? code;
}
