// SPIFs: contest prizes paid as money to the winners of final contests a plan lists.
import { compareText } from '../order';
import type { DataIssue } from '../issues';
import { prizeFor } from '../contests';
import type { CommissionPlan, Rep } from '../workbook';
import { cents } from './text';
import type { ContestLookup, PayLine, PaySegment } from './types';

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

/** Active reps of a team, sorted by rep id. */
function teamMembers(team: string | null, reps: readonly Rep[]): string[] {
  return reps
    .filter((r) => r.active && sameText(r.team, team))
    .map((r) => r.repId)
    .sort(compareText);
}

/**
 * The SPIF lines of `repId` for the pay period: each contest the plan lists that is final and
 * ended inside the period pays the prize of the rep's place (`prizeFor`: per-place prizes such as
 * "1st: $500; 2nd: $200", else the whole text for rank 1; tied places take the same prize) when
 * it starts with a money amount. A team's prize is split equally among its active members. A
 * participant who never scored (value blank or 0) wins nothing.
 */
export function spiffLines(
  repId: string,
  segment: PaySegment,
  contests: ContestLookup,
  reps: readonly Rep[],
): PayLine[] {
  const out: PayLine[] = [];
  for (const id of segment.plan.spiffContestIds) {
    const result = contests(id);
    if (result === undefined || result.status !== 'final') continue;
    const c = result.contest;
    if (c.end < segment.start || c.end > segment.end) continue;
    const team = reps.find((r) => r.repId === repId)?.team ?? null;
    const entry = result.standings.find((s) =>
      s.repId !== null ? s.repId === repId : sameText(s.team, team),
    );
    if (!entry || entry.value === null || entry.value === 0) continue;
    const amount = prizeAmount(prizeFor(c.prize, entry.rank, 'final'));
    if (amount === null) continue;
    const line = {
      kind: 'spiff' as const,
      contestId: id,
      contestName: c.name,
      rank: entry.rank,
      prize: amount,
      sources: [{ tab: 'Contests' as const, row: c.row }],
    };
    if (entry.repId !== null) {
      out.push({ ...line, amount: cents(amount), team: null });
      continue;
    }
    const members = teamMembers(entry.team, reps).length;
    const share = cents(amount / Math.max(1, members));
    out.push({ ...line, amount: share, team: { name: entry.team, members } });
  }
  return out;
}

/** Plans naming unknown contests, and SPIF contests whose prize has no money amount. */
export function spiffIssues(
  plans: readonly CommissionPlan[],
  contests: ContestLookup,
): DataIssue[] {
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
      } else if (
        prizeAmount(prizeFor(result.contest.prize, 1, 'final')) === null &&
        !seen.has(id)
      ) {
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
