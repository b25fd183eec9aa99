// The demo workbook generator's public surface.
export { generateDemoWorkbook } from './generate';
export type { DemoSize } from './context';
export { DEMO_TIME_ZONE } from './settings';
export { DEMO_TAB_ORDER } from './tabs';
