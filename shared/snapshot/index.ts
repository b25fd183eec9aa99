// Public snapshot: schema, types, validation and the privacy-filtering builder.
export * from './build';
export * from './input';
export * from './public-policy';
export * from './schema';
export * from './units';
export * from './validate';
