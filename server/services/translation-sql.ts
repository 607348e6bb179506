import { getTableColumns, or, type SQL, sql } from 'drizzle-orm';
import { initiatives } from '../../drizzle/schema/index.ts';
import { LOCALIZED_FIELDS, type TranslationLanguage } from '../../shared/missing-translations.ts';
import { JS_WHITESPACE } from './data-quality-sql.ts';

/**
 * lacksTranslation of shared/missing-translations.ts in SQL, for the list's `missing=` filter.
 * It reads only the row's own text columns (no subquery), so it narrows whatever index the
 * other conditions and the sort use: the list's page walks its sort index, stopping after a
 * page of matches. Blank is as the data-quality flags count it (data-quality-sql.ts), so
 * "Swedish title missing" there is always in "Swedish missing" here.
 */
const COLUMNS = getTableColumns(initiatives) as Record<string, { name: string }>;

/** The text columns of `language`: `title_sv`, `summary_sv`… one per localized registry field. */
export function translationColumns(language: TranslationLanguage): string[] {
  return LOCALIZED_FIELDS.map((key) => {
    const column = COLUMNS[`${key}${language === 'sv' ? 'Sv' : 'En'}`];
    if (!column) throw new Error(`The localized field "${key}" has no ${language} column.`);
    return column.name;
  });
}

// Qualified by hand, as data-quality-sql.ts does: the condition is also used under subqueries.
const blank = (name: string) =>
  sql`nullif(btrim(${sql.raw(`"initiatives"."${name}"`)}, ${JS_WHITESPACE}), '') is null`;

/** Some content text lacks its text in any of the languages. */
export function missingTranslationSql(languages: readonly TranslationLanguage[]): SQL {
  const conditions = languages.flatMap((language) => translationColumns(language).map(blank));
  return conditions.length === 0 ? sql`false` : sql`(${or(...conditions)})`;
}
