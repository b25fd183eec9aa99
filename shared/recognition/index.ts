// Recognition: the public feed of manual and automatic entries.
export * from './big-deals';
export * from './feed';
export * from './feed-words';
export * from './types';
