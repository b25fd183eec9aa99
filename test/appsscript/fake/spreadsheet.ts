// In-memory fake of SpreadsheetApp's Spreadsheet, Sheet, Range and RangeList, recording every call.
import { parseA1, type Rect, toA1 } from './a1';
import { checkCellText, checkGrowth, checkSheetName } from './limits';
import {
  ADDON_PROJECT,
  addMetadata,
  copyMetadata,
  type FakeDeveloperMetadata,
  type MetadataEnv,
  type Visibility,
  visibleTo,
} from './metadata';
import type { CallRecord, Recorder } from './recorder';
import { type FakeLocale, isPlainText, parseTyped } from './typed-input';

/** What getNumberFormat answers for a cell nobody formatted (the "Automatic" format). */
export const AUTOMATIC_FORMAT = '0.###############';

export type FakeCell = string | number | boolean | Date;

export interface FakeEnv {
  readonly recorder: Recorder;
  /** Throws (like a Sheets quota or service error) when it returns true for a call. */
  failOn?: (call: CallRecord) => boolean;
  /** The Date constructor of the realm running the add-on, so date cells pass its instanceof. */
  dateCtor: DateConstructor;
}

function call(env: FakeEnv, c: CallRecord): void {
  env.recorder.record(c);
  if (env.failOn?.(c))
    throw new Error(`Service error: Spreadsheets (injected failure in ${c.method})`);
}

interface RangeRule<T> {
  readonly rect: Rect;
  readonly value: T;
}

/** A rule's range after rows start..start+howMany-1 are deleted (null when all its rows went). */
function shiftedRect(rect: Rect, start: number, howMany: number): Rect | null {
  const end = start + howMany - 1;
  const last = rect.row + rect.numRows - 1;
  if (last < start) return rect;
  if (rect.row > end) return { ...rect, row: rect.row - howMany };
  const before = Math.max(0, start - rect.row);
  const after = Math.max(0, last - end);
  return before + after === 0 ? null : { ...rect, numRows: before + after };
}

function overlaps(a: Rect, b: Rect): boolean {
  return (
    a.row < b.row + b.numRows &&
    b.row < a.row + a.numRows &&
    a.col < b.col + b.numCols &&
    b.col < a.col + a.numCols
  );
}

function inside(rect: Rect, row: number, col: number): boolean {
  return (
    row >= rect.row &&
    row < rect.row + rect.numRows &&
    col >= rect.col &&
    col < rect.col + rect.numCols
  );
}

/**
 * Sheet names are unique ignoring case: Sheets refuses "scorecard" beside "Scorecard" ("A sheet
 * with the name … already exists"). Stricter than an exact-match check, so a name clash the real
 * thing would refuse cannot pass here.
 */
function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

export class FakeSheet {
  /** Cell values, row-major, 0-based; missing cells are blank. */
  readonly cells: FakeCell[][] = [];
  /** Developer metadata on this sheet (fake/metadata.ts): it follows the sheet through renames and goes with it. */
  readonly metadata: FakeDeveloperMetadata[] = [];
  readonly notes = new Map<string, string>();
  readonly formats: RangeRule<string>[] = [];
  /** Formats Sheets gave single cells when it parsed what was written ("8%" → '0%'), by "row,col". */
  readonly autoFormats = new Map<string, string>();
  /** Cells written with text starting '=' and no quote prefix: Sheets would evaluate them. */
  readonly formulas = new Set<string>();
  readonly validations: RangeRule<unknown>[] = [];
  readonly styles: RangeRule<string>[] = [];
  conditionalRules: unknown[] = [];
  frozenRows = 0;
  hidden = false;
  maxRows = 1000;
  maxCols = 26;

  constructor(
    readonly env: FakeEnv,
    readonly spreadsheet: FakeSpreadsheet,
    public name: string,
    readonly id: number,
  ) {}

  rec(method: string, range?: string): void {
    call(this.env, { service: 'Sheet', method, sheet: this.name, range });
  }

  /** Test helper (not recorded): the used cells as a grid, blanks as ''. */
  grid(): FakeCell[][] {
    const width = this.lastCol();
    return this.cells
      .slice(0, this.lastRow())
      .map((r) => Array.from({ length: width }, (_, i) => r?.[i] ?? ''));
  }

  /** Test helper (not recorded): the number format in effect for a cell. */
  formatAt(row: number, col: number): string | undefined {
    const auto = this.autoFormats.size > 0 ? this.autoFormats.get(`${row},${col}`) : undefined;
    if (auto !== undefined) return auto;
    return this.ruleFormatAt(this.formats, row, col);
  }

  ruleFormatAt(rules: readonly RangeRule<string>[], row: number, col: number): string | undefined {
    for (let i = rules.length - 1; i >= 0; i--) {
      const f = rules[i]!;
      if (inside(f.rect, row, col)) return f.value;
    }
    return undefined;
  }

  /** A number format set on a range replaces the formats Sheets chose for its cells. */
  clearAutoFormats(rect: Rect): void {
    if (this.autoFormats.size === 0) return;
    for (const key of [...this.autoFormats.keys()]) {
      const [r, c] = key.split(',').map(Number);
      if (inside(rect, r!, c!)) this.autoFormats.delete(key);
    }
  }

  validationAt(row: number, col: number): unknown {
    for (let i = this.validations.length - 1; i >= 0; i--) {
      const v = this.validations[i]!;
      if (inside(v.rect, row, col)) return v.value;
    }
    return undefined;
  }

  lastRow(): number {
    for (let r = this.cells.length; r > 0; r--) {
      if (this.cells[r - 1]?.some((c) => c !== '' && c !== undefined && c !== null)) return r;
    }
    return 0;
  }

  lastCol(): number {
    let w = 0;
    for (const r of this.cells) {
      if (!r) continue;
      for (let c = r.length; c > w; c--) {
        const v = r[c - 1];
        if (v !== '' && v !== undefined && v !== null) {
          w = c;
          break;
        }
      }
    }
    return w;
  }

  getName(): string {
    this.rec('getName');
    return this.name;
  }
  get sheetHandle(): FakeSheet {
    return this;
  }
  addDeveloperMetadata(key: string, a?: string, b?: string): FakeSheet {
    this.rec('addDeveloperMetadata');
    addMetadata(this.spreadsheet.metadataEnv, this, ADDON_PROJECT, key, a, b);
    return this;
  }
  getDeveloperMetadata(): FakeDeveloperMetadata[] {
    this.rec('getDeveloperMetadata');
    return visibleTo(this, ADDON_PROJECT);
  }
  setName(name: string): FakeSheet {
    this.rec('setName');
    checkSheetName(name);
    if (this.spreadsheet.sheets.some((s) => s !== this && sameName(s.name, name))) {
      throw new Error(`A sheet with the name "${name}" already exists.`);
    }
    this.name = name;
    return this;
  }
  getSheetId(): number {
    this.rec('getSheetId');
    return this.id;
  }
  getIndex(): number {
    this.rec('getIndex');
    return this.spreadsheet.sheets.indexOf(this) + 1;
  }
  getParent(): FakeSpreadsheet {
    this.rec('getParent');
    return this.spreadsheet;
  }
  getLastRow(): number {
    this.rec('getLastRow');
    return this.lastRow();
  }
  getLastColumn(): number {
    this.rec('getLastColumn');
    return this.lastCol();
  }
  getMaxRows(): number {
    this.rec('getMaxRows');
    return this.maxRows;
  }
  getMaxColumns(): number {
    this.rec('getMaxColumns');
    return this.maxCols;
  }
  insertRowsAfter(_after: number, howMany: number): FakeSheet {
    this.rec('insertRowsAfter');
    checkGrowth(this.spreadsheet, howMany * this.maxCols);
    this.maxRows += howMany;
    return this;
  }
  insertColumnsAfter(_after: number, howMany: number): FakeSheet {
    this.rec('insertColumnsAfter');
    checkGrowth(this.spreadsheet, howMany * this.maxRows);
    this.maxCols += howMany;
    return this;
  }
  /**
   * Rows below move up with everything in them: values, notes, formulas, formats, validation
   * (https://developers.google.com/apps-script/reference/spreadsheet/sheet#deleteRows(Integer,Integer)).
   */
  deleteRows(start: number, howMany: number): void {
    this.rec('deleteRows');
    if (start + howMany - 1 > this.maxRows) throw new Error('Those rows are out of bounds.');
    this.cells.splice(start - 1, howMany);
    this.maxRows -= howMany;
    const moved = <T>(map: Map<string, T>) => {
      const entries = [...map];
      map.clear();
      for (const [key, value] of entries) {
        const [r, c] = key.split(',').map(Number) as [number, number];
        if (r < start) map.set(key, value);
        else if (r >= start + howMany) map.set(`${r - howMany},${c}`, value);
      }
    };
    moved(this.notes);
    moved(this.autoFormats);
    const formulas = new Map([...this.formulas].map((k) => [k, true] as const));
    moved(formulas);
    this.formulas.clear();
    for (const k of formulas.keys()) this.formulas.add(k);
    for (const rules of [this.formats, this.validations, this.styles] as RangeRule<unknown>[][]) {
      const kept = rules.flatMap((rule) => {
        const rect = shiftedRect(rule.rect, start, howMany);
        return rect ? [{ rect, value: rule.value }] : [];
      });
      rules.splice(0, rules.length, ...kept);
    }
  }
  deleteColumns(start: number, howMany: number): void {
    this.rec('deleteColumns');
    for (const r of this.cells) r?.splice(start - 1, howMany);
    this.maxCols -= howMany;
  }
  setFrozenRows(n: number): void {
    this.rec('setFrozenRows');
    this.frozenRows = n;
  }
  getFrozenRows(): number {
    this.rec('getFrozenRows');
    return this.frozenRows;
  }
  hideSheet(): FakeSheet {
    this.rec('hideSheet');
    this.hidden = true;
    return this;
  }
  showSheet(): FakeSheet {
    this.rec('showSheet');
    this.hidden = false;
    return this;
  }
  isSheetHidden(): boolean {
    this.rec('isSheetHidden');
    return this.hidden;
  }
  setConditionalFormatRules(rules: unknown[]): void {
    this.rec('setConditionalFormatRules');
    this.conditionalRules = [...rules];
  }
  getConditionalFormatRules(): unknown[] {
    this.rec('getConditionalFormatRules');
    return [...this.conditionalRules];
  }
  appendRow(values: FakeCell[]): FakeSheet {
    const row = this.lastRow() + 1;
    this.rec('appendRow', toA1({ row, col: 1, numRows: 1, numCols: Math.max(1, values.length) }));
    if (row > this.maxRows) {
      checkGrowth(this.spreadsheet, this.maxCols);
      this.maxRows = row;
    }
    if (values.length > this.maxCols) {
      checkGrowth(this.spreadsheet, (values.length - this.maxCols) * this.maxRows);
      this.maxCols = values.length;
    }
    // appendRow parses what it is given like setValues does.
    new FakeRange(this, { row, col: 1, numRows: 1, numCols: Math.max(1, values.length) }).write([
      values,
    ]);
    return this;
  }
  getDataRange(): FakeRange {
    const rect = {
      row: 1,
      col: 1,
      numRows: Math.max(1, this.lastRow()),
      numCols: Math.max(1, this.lastCol()),
    };
    this.rec('getDataRange', toA1(rect));
    return new FakeRange(this, rect);
  }
  getRange(a: number | string, col?: number, numRows?: number, numCols?: number): FakeRange {
    const rect =
      typeof a === 'string'
        ? parseA1(a, this.maxRows, this.maxCols)
        : { row: a, col: col ?? 1, numRows: numRows ?? 1, numCols: numCols ?? 1 };
    this.rec('getRange', toA1(rect));
    if (rect.row < 1 || rect.col < 1 || rect.numRows < 1 || rect.numCols < 1) {
      throw new Error('The starting row/column of the range is too small, or the range is empty.');
    }
    return new FakeRange(this, rect);
  }
  getRangeList(a1s: string[]): FakeRangeList {
    this.rec('getRangeList', a1s.join(','));
    return new FakeRangeList(
      this,
      a1s.map((a) => new FakeRange(this, parseA1(a, this.maxRows, this.maxCols))),
    );
  }
}

export class FakeRange {
  constructor(
    readonly sheet: FakeSheet,
    readonly rect: Rect,
  ) {}

  private rec(method: string): void {
    call(this.sheet.env, {
      service: 'Range',
      method,
      sheet: this.sheet.name,
      range: toA1(this.rect),
    });
  }

  private checkBounds(): void {
    const { row, col, numRows, numCols } = this.rect;
    if (row + numRows - 1 > this.sheet.maxRows || col + numCols - 1 > this.sheet.maxCols) {
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    }
  }

  private checkShape(values: unknown[][]): void {
    const { numRows, numCols } = this.rect;
    if (values.length !== numRows || values.some((r) => r.length !== numCols)) {
      throw new Error(
        `The number of rows or columns in the data does not match the range (${numRows}x${numCols}).`,
      );
    }
  }

  getA1Notation(): string {
    this.rec('getA1Notation');
    return toA1(this.rect);
  }
  getRow(): number {
    return this.rect.row;
  }
  getColumn(): number {
    return this.rect.col;
  }
  getNumRows(): number {
    return this.rect.numRows;
  }
  getNumColumns(): number {
    return this.rect.numCols;
  }
  getSheet(): FakeSheet {
    return this.sheet;
  }

  getValues(): FakeCell[][] {
    this.rec('getValues');
    this.checkBounds();
    const { row, col, numRows, numCols } = this.rect;
    const D = this.sheet.env.dateCtor;
    const out: FakeCell[][] = new Array(numRows);
    for (let r = 0; r < numRows; r++) {
      const src = this.sheet.cells[row - 1 + r];
      const line: FakeCell[] = new Array(numCols);
      for (let c = 0; c < numCols; c++) {
        const v = src?.[col - 1 + c];
        line[c] = v === undefined || v === null ? '' : v instanceof Date ? new D(v.getTime()) : v;
      }
      out[r] = line;
    }
    return out;
  }
  getValue(): FakeCell {
    return this.getValues()[0]![0]!;
  }
  setValues(values: FakeCell[][]): FakeRange {
    this.rec('setValues');
    this.checkBounds();
    this.checkShape(values);
    this.write(values);
    return this;
  }
  /** Stores values as Sheets would after a write (not recorded: setValues and appendRow record). */
  write(values: readonly (readonly FakeCell[])[]): void {
    // Sheets refuses the whole write when one cell passes the limit (fake/limits.ts).
    for (const line of values) for (const v of line) checkCellText(v);
    const { row, col } = this.rect;
    // Rules touching this range only, so a big write checks a handful per cell.
    const rules = this.sheet.formats.filter((f) => overlaps(f.rect, this.rect));
    const ss = this.sheet.spreadsheet;
    const D = this.sheet.env.dateCtor;
    const sheet = this.sheet;
    for (let r = 0; r < values.length; r++) {
      const line = values[r]!;
      let dst = sheet.cells[row - 1 + r];
      if (!dst) {
        dst = [];
        sheet.cells[row - 1 + r] = dst;
      }
      for (let c = 0; c < line.length; c++) {
        const v = line[c];
        const key = `${row + r},${col + c}`;
        if (sheet.formulas.size > 0) sheet.formulas.delete(key);
        if (typeof v !== 'string' || v === '') {
          dst[col - 1 + c] = v === null || v === undefined ? '' : v;
          continue;
        }
        const format = sheet.autoFormats.get(key) ?? sheet.ruleFormatAt(rules, row + r, col + c);
        if (isPlainText(format)) {
          dst[col - 1 + c] = v;
          continue;
        }
        // Text starting with '=' is a formula to Sheets; the fake notes it rather than evaluating.
        if (v.startsWith('=')) sheet.formulas.add(key);
        const typed = parseTyped(v, ss.locale, ss.timeZone, D);
        dst[col - 1 + c] = typed.value;
        if (typed.format !== undefined && format === undefined)
          sheet.autoFormats.set(key, typed.format);
      }
    }
  }
  setValue(value: FakeCell): FakeRange {
    return this.setValues([[value]]);
  }
  setNote(note: string): FakeRange {
    this.rec('setNote');
    this.checkBounds();
    this.sheet.notes.set(`${this.rect.row},${this.rect.col}`, note);
    return this;
  }
  setNotes(notes: string[][]): FakeRange {
    this.rec('setNotes');
    this.checkBounds();
    this.checkShape(notes);
    for (const [r, c, n] of this.each(notes)) {
      const key = `${r},${c}`;
      if (n === '' || n === null) this.sheet.notes.delete(key);
      else this.sheet.notes.set(key, n);
    }
    return this;
  }
  /** Each value of a grid shaped like this range, with its sheet row and column. */
  private *each<T>(grid: T[][]): Generator<[number, number, T]> {
    for (let r = 0; r < grid.length; r++) {
      const line = grid[r]!;
      for (let c = 0; c < line.length; c++) yield [this.rect.row + r, this.rect.col + c, line[c]!];
    }
  }
  getNotes(): string[][] {
    this.rec('getNotes');
    const { row, col, numRows, numCols } = this.rect;
    return Array.from({ length: numRows }, (_, r) =>
      Array.from(
        { length: numCols },
        (_, c) => this.sheet.notes.get(`${row + r},${col + c}`) ?? '',
      ),
    );
  }
  setNumberFormat(format: string): FakeRange {
    this.rec('setNumberFormat');
    this.checkBounds();
    this.sheet.clearAutoFormats(this.rect);
    this.sheet.formats.push({ rect: this.rect, value: format });
    return this;
  }
  setNumberFormats(formats: string[][]): FakeRange {
    this.rec('setNumberFormats');
    this.checkBounds();
    this.checkShape(formats);
    this.sheet.clearAutoFormats(this.rect);
    for (const [row, col, f] of this.each(formats)) {
      this.sheet.formats.push({ rect: { row, col, numRows: 1, numCols: 1 }, value: f });
    }
    return this;
  }
  /** The cells' number formats; an unformatted cell answers '0.###############' (Automatic). */
  getNumberFormats(): string[][] {
    this.rec('getNumberFormats');
    this.checkBounds();
    const { row, col, numRows, numCols } = this.rect;
    return Array.from({ length: numRows }, (_, r) =>
      Array.from(
        { length: numCols },
        (_, c) => this.sheet.formatAt(row + r, col + c) ?? AUTOMATIC_FORMAT,
      ),
    );
  }
  getNumberFormat(): string {
    return this.getNumberFormats()[0]![0]!;
  }
  setDataValidation(rule: unknown): FakeRange {
    this.rec('setDataValidation');
    this.checkBounds();
    this.sheet.validations.push({ rect: this.rect, value: rule });
    return this;
  }
  setDataValidations(rules: unknown[][]): FakeRange {
    this.rec('setDataValidations');
    this.checkBounds();
    this.checkShape(rules);
    for (const [row, col, rule] of this.each(rules)) {
      this.sheet.validations.push({ rect: { row, col, numRows: 1, numCols: 1 }, value: rule });
    }
    return this;
  }
  setFontWeight(weight: string): FakeRange {
    this.rec('setFontWeight');
    this.checkBounds();
    this.sheet.styles.push({ rect: this.rect, value: `font-weight:${weight}` });
    return this;
  }
  setBackground(color: string): FakeRange {
    this.rec('setBackground');
    this.checkBounds();
    this.sheet.styles.push({ rect: this.rect, value: `background:${color}` });
    return this;
  }
  /** https://developers.google.com/apps-script/reference/spreadsheet/range#clearContent() */
  clearContent(): FakeRange {
    this.rec('clearContent');
    const { row, col, numRows, numCols } = this.rect;
    for (let r = row; r < row + numRows; r++) {
      const line = this.sheet.cells[r - 1];
      if (line) for (let c = col; c < col + numCols; c++) line[c - 1] = '';
    }
    return this;
  }
}

export class FakeRangeList {
  constructor(
    readonly sheet: FakeSheet,
    readonly ranges: FakeRange[],
  ) {}

  setNumberFormat(format: string): FakeRangeList {
    call(this.sheet.env, {
      service: 'RangeList',
      method: 'setNumberFormat',
      sheet: this.sheet.name,
      range: this.ranges.map((r) => toA1(r.rect)).join(','),
    });
    for (const r of this.ranges) {
      this.sheet.clearAutoFormats(r.rect);
      this.sheet.formats.push({ rect: r.rect, value: format });
    }
    return this;
  }
}

export class FakeSpreadsheet {
  readonly sheets: FakeSheet[] = [];
  readonly toasts: { message: string; title?: string }[] = [];
  active: FakeSheet | null = null;
  private nextId = 1;
  private metadataIds = 1;
  readonly metadataEnv: MetadataEnv = {
    call: (c) => call(this.env, c),
    nextMetadataId: () => this.metadataIds++,
  };

  constructor(
    readonly env: FakeEnv,
    public timeZone = 'America/New_York',
    /** The spreadsheet's locale: how written text is parsed (fake/typed-input.ts). */
    public locale: FakeLocale = 'en_US',
  ) {}

  private rec(method: string, sheet?: string): void {
    call(this.env, { service: 'Spreadsheet', method, sheet });
  }

  /** Test helper (not recorded): adds a sheet holding the given grid. */
  addSheet(name: string, grid: readonly (readonly unknown[])[] = []): FakeSheet {
    const sheet = new FakeSheet(this.env, this, name, this.nextId++);
    grid.forEach((row, r) => {
      sheet.cells[r] = row.map((v) => (v === null || v === undefined ? '' : (v as FakeCell)));
    });
    sheet.maxRows = Math.max(1000, grid.length);
    sheet.maxCols = grid.reduce((m, r) => Math.max(m, r.length), 26);
    this.sheets.push(sheet);
    this.active ??= sheet;
    return sheet;
  }

  /**
   * Test helper (not recorded): the manager's "Duplicate" on a tab. The copy sits right after the
   * original, named "Copy of …", with the cells and copies of the developer metadata.
   */
  duplicate(source: FakeSheet, name = `Copy of ${source.name}`): FakeSheet {
    const copy = new FakeSheet(this.env, this, name, this.nextId++);
    source.cells.forEach((row, r) => {
      copy.cells[r] = [...(row ?? [])];
    });
    copy.maxRows = source.maxRows;
    copy.maxCols = source.maxCols;
    copyMetadata(this.metadataEnv, source, copy);
    this.sheets.splice(this.sheets.indexOf(source) + 1, 0, copy);
    return copy;
  }

  /** Test helper (not recorded): metadata written by some other script project, or by this one. */
  plantMetadata(
    sheet: FakeSheet,
    key: string,
    value: string,
    visibility: Visibility,
    project = 'another-project',
  ): FakeDeveloperMetadata {
    return addMetadata(this.metadataEnv, sheet, project, key, value, visibility);
  }

  /** Test helper (not recorded). */
  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  getId(): string {
    this.rec('getId');
    return 'fake-spreadsheet-id';
  }
  getName(): string {
    this.rec('getName');
    return 'Team workbook';
  }
  getSpreadsheetTimeZone(): string {
    this.rec('getSpreadsheetTimeZone');
    return this.timeZone;
  }
  getSpreadsheetLocale(): string {
    this.rec('getSpreadsheetLocale');
    return this.locale;
  }
  getSheets(): FakeSheet[] {
    this.rec('getSheets');
    return [...this.sheets];
  }
  getNumSheets(): number {
    this.rec('getNumSheets');
    return this.sheets.length;
  }
  getSheetByName(name: string): FakeSheet | null {
    this.rec('getSheetByName', name);
    return this.sheets.find((s) => s.name === name) ?? null;
  }
  insertSheet(name?: string, index?: number): FakeSheet {
    const sheetName = name ?? `Sheet${this.nextId}`;
    this.rec('insertSheet', sheetName);
    checkSheetName(sheetName);
    if (this.sheets.some((s) => sameName(s.name, sheetName))) {
      throw new Error(
        `A sheet with the name "${sheetName}" already exists. Please enter another name.`,
      );
    }
    // A new sheet is 1000 rows × 26 columns, and those cells count toward the limit.
    checkGrowth(this, 1000 * 26);
    const sheet = new FakeSheet(this.env, this, sheetName, this.nextId++);
    const at = index === undefined ? this.sheets.length : Math.min(index, this.sheets.length);
    this.sheets.splice(at, 0, sheet);
    this.active = sheet;
    return sheet;
  }
  deleteSheet(sheet: FakeSheet): void {
    this.rec('deleteSheet', sheet.name);
    if (this.sheets.length === 1) throw new Error("You can't remove all the sheets in a document.");
    const i = this.sheets.indexOf(sheet);
    if (i < 0) throw new Error('Sheet not found.');
    this.sheets.splice(i, 1);
    if (this.active === sheet) this.active = this.sheets[0] ?? null;
  }
  getActiveSheet(): FakeSheet | null {
    this.rec('getActiveSheet');
    return this.active;
  }
  setActiveSheet(sheet: FakeSheet): FakeSheet {
    this.rec('setActiveSheet', sheet.name);
    this.active = sheet;
    return sheet;
  }
  toast(message: string, title?: string): void {
    this.rec('toast');
    this.toasts.push({ message, title });
  }
}
