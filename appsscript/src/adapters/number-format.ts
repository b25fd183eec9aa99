// Sheets number-format patterns for the output tables' column formats.
import { currencySymbol } from '../../../shared/format';
import type { ColumnFormat, Table } from '../../../shared/outputs';

/** The pattern for a format; percentages are stored like 87.5, so the % sign is literal. */
export function numberFormatPattern(format: ColumnFormat, currency: string): string {
  switch (format) {
    case 'text':
      return '@';
    case 'integer':
      return '#,##0';
    case 'number':
      return '#,##0.00';
    case 'money': {
      // The same symbols as the engine's explanations; other currencies by their code.
      const symbol = currencySymbol(currency);
      return symbol === null ? `#,##0.00" ${currency.toUpperCase()}"` : `"${symbol}"#,##0.00`;
    }
    case 'percent':
      return '0.0"%"';
    case 'date':
      return 'yyyy-mm-dd';
  }
}

/**
 * Columns grouped by pattern (1-based column numbers). A column without a listed format that holds
 * text is formatted as text, so Sheets keeps "2026-W48" or "007" exactly as written.
 */
export function formatGroups(table: Table, currency: string): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  table.header.forEach((name, i) => {
    const listed = table.formats[name];
    const pattern = listed
      ? numberFormatPattern(listed, currency)
      : table.rows.some((r) => typeof r[i] === 'string')
        ? '@'
        : null;
    if (pattern === null) return;
    const cols = groups.get(pattern) ?? [];
    cols.push(i + 1);
    groups.set(pattern, cols);
  });
  return groups;
}
