// Public surface of the metrics module.
export * from './ledger';
export * from './targets';
export * from './deal-index';
export * from './period-metrics';
