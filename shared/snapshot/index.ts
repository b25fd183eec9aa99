// Public snapshot: schema, types and validation.
export * from './schema';
export * from './validate';
