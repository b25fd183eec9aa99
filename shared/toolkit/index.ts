// Public entry of the manager's toolkit: assessment, action plans, coaching, training, hiring, alerts.
export * from './action-plans';
export * from './alert-facts';
export * from './alert-renderers';
export * from './alerts';
export * from './assessment';
export * from './assessment-summary';
export * from './assessment-table';
export * from './attainment';
export * from './coaching';
export * from './hiring';
export * from './hiring-table';
export * from './inputs';
export * from './months';
export * from './plan-tracking';
export * from './team-health';
export * from './toolkit';
export * from './training';
