// The order the demo's tabs are written in (the manager's reading order, Settings first).
export const DEMO_TAB_ORDER = [
  'Settings',
  'Reps',
  'Targets',
  'Activities',
  'Deals',
  'Contests',
  'Recognition',
  'Training',
  'Coaching',
  'Action Plans',
  'Roles',
  'Candidates',
  'Commission Plans',
] as const;
