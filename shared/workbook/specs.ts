// TAB_SPECS: every input tab with its columns, for the add-on's Set up and the docs.

import { SETTING_SPECS } from './settings-defs';
import { TAB_NAMES, type TabName, type TabSpec } from './spec';
import { type AnyTabDef, tabSpecOf } from './tab';
import { actionPlansTab } from './tabs/action-plans';
import { activitiesTab } from './tabs/activities';
import { badgesTab } from './tabs/badges';
import { candidatesTab } from './tabs/candidates';
import { coachingTab } from './tabs/coaching';
import { commissionPlansTab } from './tabs/commission-plans';
import { contestsTab } from './tabs/contests';
import { dealsTab } from './tabs/deals';
import { IMPORT_MAPPING_TAB_SPEC } from './tabs/import-mapping';
import { PLAN_TEMPLATE_TAB_SPEC } from './tabs/plan-template';
import { recognitionTab } from './tabs/recognition';
import { repsTab } from './tabs/reps';
import { rolesTab } from './tabs/roles';
import { targetsTab } from './tabs/targets';
import { trainingTab } from './tabs/training';

/**
 * Row tabs in TAB_NAMES order. Settings, Plan Template and Import Mapping, key/value tabs, are
 * described by SETTINGS_TAB_SPEC, PLAN_TEMPLATE_TAB_SPEC and IMPORT_MAPPING_TAB_SPEC.
 */
export const ROW_TABS: readonly AnyTabDef[] = [
  repsTab,
  targetsTab,
  activitiesTab,
  dealsTab,
  contestsTab,
  badgesTab,
  recognitionTab,
  trainingTab,
  coachingTab,
  actionPlansTab,
  rolesTab,
  candidatesTab,
  commissionPlansTab,
] as unknown as readonly AnyTabDef[];

export const SETTINGS_TAB_SPEC: TabSpec = {
  name: 'Settings',
  required: false,
  note: `Two columns, setting and value; one row per setting (${SETTING_SPECS.length} settings, all optional).`,
  columns: [
    {
      header: 'setting',
      required: true,
      note: 'The setting name, e.g. time_zone.',
      validation: { kind: 'list', values: SETTING_SPECS.map((s) => s.setting) },
      defaultText: null,
    },
    {
      header: 'value',
      required: true,
      note: 'Its value; blank = the default.',
      validation: { kind: 'text' },
      defaultText: null,
    },
  ],
};

const KEY_VALUE_SPECS: ReadonlyMap<TabName, TabSpec> = new Map([
  [SETTINGS_TAB_SPEC.name, SETTINGS_TAB_SPEC],
  [PLAN_TEMPLATE_TAB_SPEC.name, PLAN_TEMPLATE_TAB_SPEC],
  [IMPORT_MAPPING_TAB_SPEC.name, IMPORT_MAPPING_TAB_SPEC],
]);

/** Every input tab, in TAB_NAMES order. */
export const TAB_SPECS: readonly TabSpec[] = TAB_NAMES.map(
  (name) => KEY_VALUE_SPECS.get(name) ?? tabSpecOf(ROW_TABS.find((t) => t.name === name)!),
);

/** A tab's header row as Set up writes it: its columns' headers in spec order (the demo writes the same). */
export function tabHeader(name: TabName): string[] {
  return TAB_SPECS.find((s) => s.name === name)?.columns.map((c) => c.header) ?? [];
}
