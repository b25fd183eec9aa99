// A readable text summary of a snapshot: month leaderboards, live contests, recent badges.
import type { Snapshot } from '../shared/snapshot/schema';
import { grouped } from './args';

const LENS_TITLES: Record<string, string> = {
  revenue: 'Revenue',
  attainment: '% of target',
  activity_points: 'Activity points',
  improvement: 'Most improved',
};

export function formatValue(value: number | null, unit: string, currency: string): string {
  if (value === null) return '—';
  switch (unit) {
    case 'money':
      return currency === 'USD' ? `$${grouped(value)}` : `${grouped(value)} ${currency}`;
    case 'percent':
      return `${Math.round(value * 10) / 10}%`;
    case 'pct_points': {
      const r = Math.round(value * 10) / 10;
      return `${r > 0 ? '+' : ''}${r} pts`;
    }
    default:
      return Number.isInteger(value) ? grouped(value) : String(Math.round(value * 10) / 10);
  }
}

export function snapshotSummary(snapshot: Snapshot, topN = 3): string[] {
  const names = new Map(snapshot.reps.map((r) => [r.id, r.name]));
  const who = (repId: string | null, team?: string | null) =>
    repId === null ? (team ?? 'a private rep') : (names.get(repId) ?? repId);
  const currency = snapshot.team.currency;
  const lines: string[] = [
    `${snapshot.team.name}, as of ${snapshot.asOf} (${snapshot.team.timeZone})`,
  ];
  const month = snapshot.leaderboards.filter((b) => b.periodKind === 'month');
  if (month.length > 0) lines.push('', `This month (${month[0]!.period}):`);
  for (const board of month) {
    const top = board.entries
      .slice(0, topN)
      .map((e) => `${e.rank}. ${who(e.repId)} ${formatValue(e.value, board.unit, currency)}`);
    lines.push(
      `  ${(LENS_TITLES[board.lens] ?? board.lens).padEnd(16)} ${top.length > 0 ? top.join('   ') : '(no entries yet)'}`,
    );
  }
  const live = snapshot.contests.filter((c) => c.status === 'live');
  lines.push('', live.length > 0 ? 'Live contests:' : 'No live contests.');
  for (const c of live) {
    const leader = c.standings.find((s) => s.rank === 1);
    const lead = leader
      ? `${who(leader.repId, leader.team)} leads with ${formatValue(leader.value, c.unit, currency)}${c.kind === 'streak' ? ' working days in a row' : ''}`
      : 'no entries yet';
    lines.push(`  ${c.name} (until ${c.end}): ${lead}`);
  }
  const badges = new Map(snapshot.badges.map((b) => [b.id, b]));
  const recent = [...snapshot.awards]
    .sort((a, b) => (a.earnedOn < b.earnedOn ? 1 : a.earnedOn > b.earnedOn ? -1 : 0))
    .slice(0, 5);
  lines.push('', recent.length > 0 ? 'Recent badges:' : 'No badges earned yet.');
  for (const a of recent) {
    const badge = badges.get(a.badgeId);
    lines.push(
      `  ${a.earnedOn}  ${badge?.icon ? badge.icon + ' ' : ''}${badge?.name ?? a.badgeId}: ${who(a.repId)}`,
    );
  }
  return lines;
}
