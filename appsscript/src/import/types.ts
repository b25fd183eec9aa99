// What the Import CRM export dialog and the server exchange through google.script.run (limits, the preview); no code, so the page stays small.

/**
 * The most text one google.script.run call carries here. Google documents which types an argument
 * may have (https://developers.google.com/apps-script/guides/html/reference/run#myFunction(...))
 * but no size limit; calls of tens of megabytes fail in practice before they reach the script, and
 * an execution has 6 minutes (https://developers.google.com/apps-script/guides/services/quotas).
 * Larger exports go through a tab: Sheets' File › Import puts them there without the dialog.
 */
export const MAX_UPLOAD_CHARS = 10_000_000;
/** The dialog refuses a file above this size before reading it (UTF-16 text can be twice its characters). */
export const MAX_UPLOAD_BYTES = 2 * MAX_UPLOAD_CHARS;
/** Rows of the export the dialog shows. */
export const PREVIEW_ROWS = 8;

export const MODES = ['append', 'replace'] as const;

/** One question the data cannot answer, with the choices the dialog offers (free text when none). */
export interface ImportQuestion {
  /** The Import Mapping key the answer is saved under. */
  readonly key: string;
  readonly text: string;
  readonly choices: readonly { readonly value: string; readonly label: string }[];
}

export interface ImportPreview {
  readonly source: string;
  readonly header: readonly string[];
  readonly firstRows: readonly (readonly string[])[];
  readonly rows: number;
  /** Notes on reading the file (an encoding guessed, a separator) and on the answers given. */
  readonly notes: readonly string[];
  /** Why nothing can be imported (the manager's words), or null. */
  readonly failure: string | null;
  readonly kind: 'deals' | 'activities' | null;
  readonly preset: string | null;
  /** The mapping as proposed: one line per choice (column, dates, numbers, currency, zone). */
  readonly proposal: readonly string[];
  readonly questions: readonly ImportQuestion[];
  /** The input tab written and how many data rows it has (a choice of append or replace above 0). */
  readonly tab: 'Deals' | 'Activities' | null;
  readonly tabRows: number;
  /** Once everything is answered: what confirming would do. */
  readonly summary: readonly string[];
  readonly newReps: readonly string[];
}

/** Tabs the export may have been pasted into: every tab but Bellringer's own. */
export interface ImportSources {
  readonly tabs: readonly string[];
  readonly maxUploadBytes: number;
}
