// Splits a long text into property-sized chunks and joins them back (Apps Script allows 9 kB per value).

/** Characters per chunk: under the 9 kB value limit with room for the key. */
export const CHUNK_SIZE = 8000;

export function splitChunks(text: string, size = CHUNK_SIZE): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out.length > 0 ? out : [''];
}
