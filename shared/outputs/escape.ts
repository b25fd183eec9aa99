// Escapes text cells so a spreadsheet never evaluates user-supplied text as a formula.

/**
 * Characters that make Sheets or Excel treat a cell as a formula (or a DDE payload), also after
 * leading white space, which some importers trim before deciding.
 */
const FORMULA_START = /^[\t\r]|^\s*[=+\-@]/;

/**
 * Returns the text with a leading apostrophe when it could be read as a formula. Sheets and
 * Excel show the apostrophe-prefixed text verbatim and never evaluate it. Numbers are written as
 * numbers by the writers, so any text that starts like a formula is escaped, "-5" included.
 */
export function escapeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
