// The one-line, plain-language verdict per rep on the Assessment tab.
import { formatNumber, formatPct } from '../format';
import { isoDay } from '../time';
import type { RepAssessment } from './assessment';

function months(n: number): string {
  return n === 1 ? '1 month' : `${n} months`;
}

function coverage(a: Omit<RepAssessment, 'summary'>): string {
  if (a.quarterRemaining === null) return `no revenue target for ${a.quarter}`;
  if (a.pipelineCoverage === null) return `${a.quarter} target already met`;
  return `pipeline covers ${formatNumber(a.pipelineCoverage, 1)}× the rest of the quarter`;
}

/**
 * E.g. "B: 86% over 3 months, rising; pipeline covers 1.4× the rest of the quarter", or
 * "Not tiered (in ramp until 2027-01-15, so not tiered C): 55% over 2 months, rising; ...".
 */
export function assessmentSummary(a: Omit<RepAssessment, 'summary'>): string {
  const head =
    a.tier !== null
      ? a.inRamp && a.rampEnds !== null
        ? `${a.tier} (in ramp until ${isoDay(a.rampEnds)})`
        : a.tier
      : `Not tiered (${a.tierReason ?? 'no data'})`;
  const figures =
    a.rollingAttainmentPct === null
      ? ''
      : `: ${formatPct(a.rollingAttainmentPct)} over ${months(a.months.length)}` +
        (a.trend === null ? '' : `, ${a.trend}`);
  return `${head}${figures}; ${coverage(a)}`;
}
