// The whole fake Google runtime: re-exports the builder and the handles tests inspect.
export { Recorder, WRITE_METHODS } from './recorder';
export { createFakeGoogle, type FakeGoogle, type FakeGoogleOptions } from './runtime';
export { type FakeSheet, FakeSpreadsheet } from './spreadsheet';
export { type FakeLocale, parseTyped } from './typed-input';
