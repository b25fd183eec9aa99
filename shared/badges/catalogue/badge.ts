// Builds one public catalogue badge from its fields, so each family file reads as a table.
import type { BadgeDef, BadgeKind, BadgeTier, BadgeWindow } from '../../workbook';

export function badge(
  badgeId: string,
  name: string,
  kind: BadgeKind,
  metric: string | null,
  threshold: number | null,
  window: BadgeWindow | null,
  tier: BadgeTier,
  icon: string,
  description: string,
): BadgeDef {
  return {
    row: 0,
    badgeId,
    name,
    kind,
    metric,
    threshold,
    window,
    tier,
    icon,
    description,
    public: true,
  };
}
