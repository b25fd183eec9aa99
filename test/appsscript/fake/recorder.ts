// Records every call the add-on makes to the fake Google services, so tests can count and inspect them.

export type Service =
  | 'SpreadsheetApp'
  | 'Spreadsheet'
  | 'Sheet'
  | 'Range'
  | 'RangeList'
  | 'DeveloperMetadata'
  | 'Ui'
  | 'HtmlService'
  | 'LockService'
  | 'PropertiesService'
  | 'CacheService'
  | 'ScriptApp'
  | 'ContentService'
  | 'Session'
  | 'Utilities'
  | 'CacheService';

export interface CallRecord {
  readonly service: Service;
  readonly method: string;
  /** The sheet the call targets, when it targets one. */
  readonly sheet?: string;
  /** The A1 range the call targets, when it targets one. */
  readonly range?: string;
}

/** Methods that change a sheet's cells, formats, notes, validation or structure. */
export const WRITE_METHODS: ReadonlySet<string> = new Set([
  'setValues',
  'setValue',
  'appendRow',
  'setNote',
  'setNotes',
  'setNumberFormat',
  'setNumberFormats',
  'setDataValidation',
  'setDataValidations',
  'setFontWeight',
  'setBackground',
  'setFrozenRows',
  'setConditionalFormatRules',
  'setName',
  'hideSheet',
  'showSheet',
  'insertRowsAfter',
  'insertColumnsAfter',
  'deleteRows',
  'deleteColumns',
  'clear',
  'clearContent',
  'deleteSheet',
  'insertSheet',
  'addDeveloperMetadata',
  'setKey',
  'setVisibility',
  'remove',
]);

/** Services whose calls count as "spreadsheet calls" (round trips to the Sheets backend). */
export const SPREADSHEET_SERVICES: ReadonlySet<Service> = new Set([
  'Spreadsheet',
  'Sheet',
  'Range',
  'RangeList',
  'DeveloperMetadata',
]);

export class Recorder {
  readonly calls: CallRecord[] = [];

  record(call: CallRecord): void {
    this.calls.push(call);
  }

  clear(): void {
    this.calls.length = 0;
  }

  /** Calls to the spreadsheet itself (not UI, properties, locks...). */
  spreadsheetCalls(): CallRecord[] {
    return this.calls.filter((c) => SPREADSHEET_SERVICES.has(c.service));
  }

  /** Calls that changed something in a sheet. */
  writes(): CallRecord[] {
    return this.calls.filter(
      (c) => SPREADSHEET_SERVICES.has(c.service) && WRITE_METHODS.has(c.method),
    );
  }
}
