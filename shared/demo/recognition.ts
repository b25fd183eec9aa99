// Recognition: hi-fives between reps and shout-outs from managers, about behaviour as much as results.
import { tabHeader } from '../workbook';
import { isoDay } from '../time';
import type { DemoContext, DemoRow } from './context';
import { ACCOUNTS } from './names';
import type { RepPlan } from './roster';

const HI_FIVES = [
  'Thanks for covering my demo with {account}!',
  'Great tip on handling the pricing question.',
  'You turned that cold call into a meeting in five minutes. Teach me!',
  'Thanks for sharing your proposal template.',
  'Clutch help on the {account} security questionnaire.',
] as const;
const SHOUT_OUTS = [
  'Closed {account} after a six-week cycle: persistence pays.',
  'Best discovery notes I have read this quarter.',
  'Mentored our newest rep through their first demos.',
  'Kept the CRM spotless all month: every deal has a next step.',
  'Turned a lost deal at {account} into a referral.',
] as const;

export function recognitionGrid(ctx: DemoContext, reps: readonly RepPlan[]): DemoRow[] {
  const rng = ctx.rng('recognition');
  const rows: DemoRow[] = [tabHeader('Recognition')];
  const days = ctx.workingDays(ctx.windowStart, ctx.asOf);
  const active = reps.filter((r) => r.active);
  const count = ctx.size === 'large' ? 400 : 26;
  const entries: { day: number; row: DemoRow }[] = [];
  for (let k = 0; k < count; k++) {
    // Recent weeks get more entries so the TV has something fresh.
    const day = days[Math.floor(days.length * Math.sqrt(rng.next()))] ?? ctx.asOf;
    const candidates = active.filter((r) => r.startDay <= day);
    const to = rng.pick(candidates.length > 0 ? candidates : active);
    const fill = (t: string) => t.replace('{account}', rng.pick(ACCOUNTS));
    if (rng.chance(0.6)) {
      const from = rng.pick(active.filter((r) => r.repId !== to.repId));
      entries.push({
        day,
        row: [isoDay(day), to.repId, from.repId, 'hi-five', '', fill(rng.pick(HI_FIVES)), true],
      });
    } else {
      entries.push({
        day,
        row: [
          isoDay(day),
          to.repId,
          to.manager,
          'shout-out',
          '',
          fill(rng.pick(SHOUT_OUTS)),
          k % 9 !== 4,
        ],
      });
    }
  }
  // The comeback deserves a word from the manager, and the streak a hi-five, recently.
  const comeback = reps.find((r) => r.story === 'comeback');
  if (comeback)
    entries.push({
      day: ctx.asOf - 3,
      row: [
        isoDay(ctx.asOf - 3),
        comeback.repId,
        comeback.manager,
        'shout-out',
        '',
        'Back above target two months running after a tough summer. Proud of you!',
        true,
      ],
    });
  const streaker = reps.find((r) => r.story === 'streaker');
  const star = reps.find((r) => r.story === 'star');
  if (streaker && star)
    entries.push({
      day: ctx.asOf - 1,
      row: [
        isoDay(ctx.asOf - 1),
        streaker.repId,
        star.repId,
        'hi-five',
        '',
        'That call streak is unreal. Keep it going!',
        true,
      ],
    });
  entries.sort((a, b) => a.day - b.day);
  for (const e of entries) rows.push(e.row);
  return rows;
}
