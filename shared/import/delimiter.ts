// Which character separates a CSV export's fields (comma, semicolon or tab), read from its header line.

export type Delimiter = ',' | ';' | '\t';
const CANDIDATES: readonly Delimiter[] = [',', ';', '\t'];

/**
 * Counts each candidate in the header line (up to the first line break outside quotes), ignoring
 * what is inside quotes; the most frequent wins, a comma on a tie. A header with none of them is
 * one column, read with commas. Excel saves ";"-separated CSV where the decimal mark is a comma
 * (most of Europe), and "Unicode text" with tabs.
 */
export function detectDelimiter(text: string): Delimiter {
  const counts = new Map<Delimiter, number>(CANDIDATES.map((d) => [d, 0]));
  let inQuotes = false;
  for (let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (c === '\n' || c === '\r')) break;
    else if (!inQuotes && counts.has(c as Delimiter))
      counts.set(c as Delimiter, counts.get(c as Delimiter)! + 1);
  }
  let best: Delimiter = ',';
  for (const d of CANDIDATES) if (counts.get(d)! > counts.get(best)!) best = d;
  return best;
}
