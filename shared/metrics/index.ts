// Public surface of the metrics module.
export * from './ledger';
export * from './targets';
