// A rep's activity streak in words, from the snapshot's facts: the days counted and the daily bar they reached.
import { formatCount, plural } from '../../shared/format';

/** "3 days" / "1 day". */
export function streakDays(n: number): string {
  return `${formatCount(n)} ${plural('day', n)}`;
}

/**
 * What a streak day is, as the engine counts it (shared/metrics/streaks.ts): a working day that
 * reached `streak_daily_points` activity points, or with a bar of 0 any activity. A snapshot
 * published before the bar was (undefined) says "the daily bar" rather than guess a number.
 */
function dayRule(dailyPoints: number | undefined): string {
  if (dailyPoints === undefined) return 'reaching the daily bar of activity points';
  if (dailyPoints <= 0) return 'with any activity logged';
  return `with at least ${formatCount(dailyPoints)} ${plural('activity point', dailyPoints)}`;
}

/** The line under the streak: "working days in a row with at least 30 activity points · best 5 days". */
export function streakLine(best: number, dailyPoints: number | undefined): string {
  return `working days in a row ${dayRule(dailyPoints)} · best ${streakDays(best)}`;
}

/** "How is this computed?" for the streak card. */
export function streakHelp(dailyPoints: number | undefined): string {
  return (
    `Consecutive working days ${dayRule(dailyPoints)} (Settings streak_daily_points). ` +
    'Weekends and holidays are skipped, so they never break it; a quiet today breaks nothing until the day is over. ' +
    'A streak contest counts differently: days in a row that reach its own daily bar.'
  );
}
