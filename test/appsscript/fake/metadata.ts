// Fake of SpreadsheetApp's developer metadata on sheets: keys, values, visibility, limits, copies, as Google documents them.
import type { CallRecord } from './recorder';

/**
 * The pages each rule below follows:
 * - DOC_CLASS: https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata
 * - DOC_VISIBILITY: https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata-visibility
 * - DOC_REST: https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.developerMetadata
 * - DOC_GUIDE: https://developers.google.com/sheets/api/guides/metadata
 */
export type Visibility = 'DOCUMENT' | 'PROJECT';

/** The project the add-on's code runs as; metadata planted by a test may belong to another one. */
export const ADDON_PROJECT = 'bellringer-project';

/**
 * DOC_GUIDE (its limits on metadata size): the keys and values stored at one location (a sheet)
 * may total at most 30,000 characters; a write beyond it fails. The figure is the guide's as we
 * recall it (it could not be re-read offline when this was written: re-check it there). The
 * add-on's marker uses under 200, so only a fake this strict can catch a marker that grows.
 */
export const METADATA_CHARS_PER_LOCATION = 30_000;

export interface MetadataHost {
  readonly metadata: FakeDeveloperMetadata[];
  /** The sheet as the location's getSheet() answers it. */
  readonly sheetHandle: unknown;
  readonly name: string;
}

export interface MetadataEnv {
  call(c: CallRecord): void;
  nextMetadataId(): number;
}

export class FakeDeveloperMetadata {
  constructor(
    private readonly env: MetadataEnv,
    public host: MetadataHost,
    readonly id: number,
    public key: string,
    public value: string | null,
    public visibility: Visibility,
    /** The project that created it (DOC_VISIBILITY: PROJECT metadata is only visible to that project). */
    readonly project: string,
  ) {}

  private rec(method: string): void {
    this.env.call({ service: 'DeveloperMetadata', method, sheet: this.host.name });
  }

  getId(): number {
    this.rec('getId');
    return this.id;
  }
  getKey(): string {
    this.rec('getKey');
    return this.key;
  }
  /** DOC_CLASS: the value, or null when the metadata has none. */
  getValue(): string | null {
    this.rec('getValue');
    return this.value;
  }
  getVisibility(): Visibility {
    this.rec('getVisibility');
    return this.visibility;
  }
  getLocation(): { getLocationType(): string; getSheet(): unknown } {
    this.rec('getLocation');
    const sheet = this.host.sheetHandle;
    return { getLocationType: () => 'SHEET', getSheet: () => sheet };
  }
  setKey(key: string): FakeDeveloperMetadata {
    this.rec('setKey');
    checkKey(key);
    checkRoom(this.host, key.length + (this.value?.length ?? 0) - this.size());
    this.key = key;
    return this;
  }
  setValue(value: string): FakeDeveloperMetadata {
    this.rec('setValue');
    checkRoom(this.host, this.key.length + value.length - this.size());
    this.value = value;
    return this;
  }
  setVisibility(visibility: Visibility): FakeDeveloperMetadata {
    this.rec('setVisibility');
    this.visibility = visibility;
    return this;
  }
  remove(): void {
    this.rec('remove');
    const i = this.host.metadata.indexOf(this);
    if (i >= 0) this.host.metadata.splice(i, 1);
  }

  size(): number {
    return this.key.length + (this.value?.length ?? 0);
  }
}

/** DOC_REST (metadataKey): "Developer metadata must always have a key specified." */
function checkKey(key: string): void {
  if (typeof key !== 'string' || key === '') {
    throw new Error('Exception: Invalid argument: key. Developer metadata must have a key.');
  }
}

function checkRoom(host: MetadataHost, extra: number): void {
  const used = host.metadata.reduce((n, m) => n + m.size(), 0);
  if (used + extra > METADATA_CHARS_PER_LOCATION) {
    throw new Error(
      `Exception: Developer metadata at this location would exceed ${METADATA_CHARS_PER_LOCATION} characters.`,
    );
  }
}

/**
 * Sheet.addDeveloperMetadata(key [, value] [, visibility]) (DOC_CLASS lists the four forms). With no
 * visibility given the fake uses DOCUMENT, the visibility every project can read: code that means
 * PROJECT must say so (the stricter reading of an unstated default).
 */
export function addMetadata(
  env: MetadataEnv,
  host: MetadataHost,
  project: string,
  key: string,
  a?: string,
  b?: string,
): FakeDeveloperMetadata {
  checkKey(key);
  const isVisibility = (x: unknown): x is Visibility => x === 'DOCUMENT' || x === 'PROJECT';
  let value: string | null = null;
  let visibility: Visibility = 'DOCUMENT';
  if (isVisibility(a) && b === undefined) visibility = a;
  else {
    if (a !== undefined) value = String(a);
    if (b !== undefined) {
      if (!isVisibility(b)) throw new Error('Exception: Invalid argument: visibility');
      visibility = b;
    }
  }
  checkRoom(host, key.length + (value?.length ?? 0));
  const md = new FakeDeveloperMetadata(
    env,
    host,
    env.nextMetadataId(),
    key,
    value,
    visibility,
    project,
  );
  host.metadata.push(md);
  return md;
}

/**
 * What getDeveloperMetadata() answers to `project`: DOCUMENT metadata of any project, and PROJECT
 * metadata of this project only (DOC_VISIBILITY).
 */
export function visibleTo(host: MetadataHost, project: string): FakeDeveloperMetadata[] {
  return host.metadata.filter((m) => m.visibility === 'DOCUMENT' || m.project === project);
}

/**
 * A copy of a sheet carries copies of its metadata: same key, value, visibility and project, new
 * ids (DOC_REST: the id is unique within the spreadsheet). Metadata stays with its sheet through a
 * rename, and goes when the sheet is deleted (DOC_REST: "If the associated object is deleted then
 * its metadata is deleted too") — both follow from keeping it on the sheet object.
 */
export function copyMetadata(env: MetadataEnv, from: MetadataHost, to: MetadataHost): void {
  for (const m of from.metadata) {
    to.metadata.push(
      new FakeDeveloperMetadata(
        env,
        to,
        env.nextMetadataId(),
        m.key,
        m.value,
        m.visibility,
        m.project,
      ),
    );
  }
}
