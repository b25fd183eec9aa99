// Training assignments (some overdue, some done) and the coaching log (one rep overdue, follow-ups due).
import { tabHeader } from '../workbook';
import { compareText } from '../order';
import { isoDay } from '../time';
import type { DemoContext, DemoRow } from './context';
import { COACHING_FOCUS, COURSES } from './names';
import type { RepPlan } from './roster';

export function trainingGrid(ctx: DemoContext, reps: readonly RepPlan[]): DemoRow[] {
  const rng = ctx.rng('training');
  const rows: DemoRow[] = [tabHeader('Training')];
  const a = ctx.asOf;
  // Course i is assigned at a fixed point of the window; later courses are still running.
  const plan = [
    { offset: -150, length: 30 },
    { offset: -110, length: 30 },
    { offset: -60, length: 30 },
    { offset: -40, length: 21 },
    { offset: -25, length: 21 },
    { offset: -7, length: 21 },
  ];
  for (const rep of reps) {
    if (!rep.active) continue;
    COURSES.forEach((c, i) => {
      const p = plan[i]!;
      const assigned = Math.max(rep.startDay, a + p.offset);
      const due = assigned + p.length;
      // Most finish before the due date; a few slip (overdue) and the newest course is in progress.
      const late = rep.story === 'struggler' || rng.chance(0.12);
      const done = due > a ? rng.chance(0.3) : !late;
      const completed = done ? Math.min(a, assigned + rng.int(3, p.length)) : null;
      rows.push([
        rep.repId,
        c.course,
        c.category,
        isoDay(assigned),
        isoDay(due),
        completed === null ? '' : isoDay(completed),
        completed === null ? '' : rng.int(68, 100),
      ]);
    });
  }
  return rows;
}

export function coachingGrid(ctx: DemoContext, reps: readonly RepPlan[]): DemoRow[] {
  const rng = ctx.rng('coaching');
  const rows: DemoRow[] = [tabHeader('Coaching')];
  const sessions: { day: number; row: DemoRow }[] = [];
  const overdueRep = reps.find((r) => r.story === 'private') ?? reps[reps.length - 1];
  for (const rep of reps) {
    if (!rep.active) continue;
    // The overdue rep's last session was five weeks ago; strugglers get coached weekly.
    const last = rep === overdueRep ? ctx.asOf - 36 : ctx.asOf - rng.int(1, 9);
    const gap = rep.story === 'struggler' || rep.story === 'comeback' ? 7 : 12;
    for (
      let day = last;
      day >= Math.max(ctx.windowStart, rep.startDay);
      day -= gap + rng.int(-2, 3)
    ) {
      const wd = (((day + 4) % 7) + 7) % 7;
      const d = wd === 6 ? day - 1 : wd === 0 ? day + 1 : day;
      const f = rng.pick(COACHING_FOCUS);
      const followUp = rng.chance(0.5) ? isoDay(d + 7 + rng.int(0, 7)) : '';
      sessions.push({
        day: d,
        row: [isoDay(d), rep.repId, rep.manager, f.focus, f.feedback, f.next, followUp],
      });
    }
  }
  sessions.sort((x, y) => x.day - y.day || compareText(String(x.row[1]), String(y.row[1])));
  for (const s of sessions) rows.push(s.row);
  return rows;
}
