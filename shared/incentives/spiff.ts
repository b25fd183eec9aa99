// SPIFs: contest prizes paid as money to the winners of final contests a plan lists.
import { formatMoney } from '../format';
import type { DataIssue } from '../issues';
import type { Rep } from '../workbook';
import { cents } from './text';
import type { ContestLookup, DatedPlan, PayLine, PaySegment } from './types';

const PREFIX =
  /^\s*(?:(NZ\$|A\$|C\$|\$|€|£|¥|₹)|([A-Z]{3})\s+)?\s*(\d{1,3}(?:,\d{3})+|\d+)(\.\d{1,2})?(?!\d)(.*)$/s;

/**
 * The money amount a prize text starts with: "$500", "$1,500 bonus", "€250", "USD 500",
 * "500 USD" or a bare "500". Text that starts with a number followed by other words
 * ("2 tickets") or with no number ("Dinner for two") is no money amount: null.
 */
export function prizeAmount(prize: string | null): number | null {
  if (prize === null) return null;
  const m = PREFIX.exec(prize);
  if (!m) return null;
  const amount = Number(m[3]!.replace(/,/g, '') + (m[4] ?? ''));
  const rest = (m[5] ?? '').trim();
  const marked = m[1] !== undefined || m[2] !== undefined;
  if (marked || rest === '' || /^[A-Z]{3}\b/.test(rest)) return amount;
  return null;
}

const sameText = (a: string | null, b: string | null) =>
  a !== null && b !== null && a.trim().toLowerCase() === b.trim().toLowerCase();

/** Rep ids sharing a final contest's first place: reps ranked 1, or the active members of the winning team(s). */
export function contestWinners(
  contestId: string,
  contests: ContestLookup,
  reps: readonly Rep[],
): string[] {
  const result = contests(contestId);
  if (!result || result.status !== 'final') return [];
  const firsts = result.standings.filter((s) => s.rank === 1 && s.value !== null && s.value > 0);
  const ids = new Set<string>();
  for (const s of firsts) {
    if (s.repId !== null) ids.add(s.repId);
    else for (const r of reps) if (r.active && sameText(r.team, s.team)) ids.add(r.repId);
  }
  return [...ids].sort();
}

/** The SPIF lines of `repId` for the pay period: contests listed by the plan that ended inside it. */
export function spiffLines(
  repId: string,
  segment: PaySegment,
  contests: ContestLookup,
  reps: readonly Rep[],
  currency: string,
): PayLine[] {
  const out: PayLine[] = [];
  for (const id of segment.plan.spiffContestIds) {
    const result = contests(id);
    if (!result || result.status !== 'final') continue;
    const c = result.contest;
    if (c.end < segment.start || c.end > segment.end) continue;
    const amount = prizeAmount(c.prize);
    if (amount === null) continue;
    const winners = contestWinners(id, contests, reps);
    if (!winners.includes(repId)) continue;
    const share = cents(amount / winners.length);
    const split =
      winners.length === 1
        ? formatMoney(share, currency)
        : `${formatMoney(amount, currency)} ÷ ${winners.length} winners = ${formatMoney(share, currency)}`;
    out.push({
      kind: 'spiff',
      amount: share,
      text: `SPIF ${c.name} (${id}) won: ${split}`,
      rows: [c.row],
    });
  }
  return out;
}

/** Plans naming unknown contests, and SPIF contests whose prize has no money amount. */
export function spiffIssues(plans: readonly DatedPlan[], contests: ContestLookup): DataIssue[] {
  const issues: DataIssue[] = [];
  const seen = new Set<string>();
  for (const plan of [...plans].sort((a, b) => a.row - b.row)) {
    for (const id of plan.spiffContestIds) {
      const result = contests(id);
      if (!result) {
        issues.push({
          tab: 'Commission Plans',
          row: plan.row,
          column: 'spiff_contest_ids',
          value: id,
          problem: `Plan ${plan.planId} pays the prize of contest ${id}, which is not on the Contests tab.`,
          fix: 'Write a contest_id from the Contests tab, or remove it.',
          severity: 'warning',
        });
      } else if (prizeAmount(result.contest.prize) === null && !seen.has(id)) {
        seen.add(id);
        issues.push({
          tab: 'Contests',
          row: result.contest.row,
          column: 'prize',
          value: result.contest.prize,
          problem: `Contest ${id} is paid as a SPIF (plan ${plan.planId}) but its prize does not start with a money amount, so it pays nothing.`,
          fix: 'Start the prize with the amount, e.g. "$500" or "$500 and a trophy".',
          severity: 'warning',
        });
      }
    }
  }
  return issues;
}
