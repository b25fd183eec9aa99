// Public entry of the time module: Day/At units, zones, working calendar, ISO weeks, fiscal periods.
export * from './calendar';
export * from './day';
export * from './fiscal';
export * from './period';
export * from './period-label';
export * from './types';
export * from './week';
export * from './zone';
