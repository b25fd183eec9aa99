// The private pages' input from one engine run: the same facts the manager's tabs were written from.
import type { EngineResult } from '../engine';
import type { PrivateInput } from './facts';
import type { PortableBadge } from './schema';

export function privateInputOf(
  result: EngineResult,
  badges?: ReadonlyMap<string, readonly PortableBadge[]>,
): PrivateInput {
  return {
    generatedAt: result.snapshot.generatedAt,
    asOf: result.asOf,
    settings: result.settings,
    workbook: result.workbook,
    scorecard: result.model.scorecard,
    toolkit: result.model.toolkit,
    incentives: result.model.incentives,
    ...(badges ? { badges } : {}),
  };
}
