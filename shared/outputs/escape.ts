// Escapes text cells so a spreadsheet never evaluates user-supplied text as a formula, and reads an escaped cell back.

/**
 * Characters that make Sheets or Excel treat a cell as a formula (or a DDE payload), also after
 * leading white space, which some importers trim before deciding. Leading apostrophes are
 * skipped, so text that already starts with `'=` is escaped once more and reads back whole.
 */
const FORMULA_START = /^'*(?:[\t\r]|\s*[=+\-@])/;

/**
 * Returns the text with a leading apostrophe when it could be read as a formula. Sheets and
 * Excel show the apostrophe-prefixed text verbatim and never evaluate it. Numbers are written as
 * numbers by the writers, so any text that starts like a formula is escaped, "-5" included.
 */
export function escapeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * The inverse of escapeFormula, for a CSV workbook read back (a spreadsheet hides the apostrophe,
 * a CSV file keeps it): one apostrophe is removed only when a formula start follows it, so
 * `'=1+1` reads `=1+1` and `'tis` stays as written.
 */
export function unescapeFormula(text: string): string {
  return text.charCodeAt(0) === 39 && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}
