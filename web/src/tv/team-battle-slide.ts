// Team battle slide: each team's bar, per rep when teams differ in size (and saying so), in the contest's own order.
import { html, nothing } from 'lit';
import { round1 } from '../../../shared/format';
import type { SnapshotContest } from '../../../shared/snapshot';
import { contestValue, statusLine, withheldText } from '../contest-text';
import type { Formatter } from '../format';
import type { SnapshotIndex } from '../model';
import { fitList, isMine, type SlideContext } from './slide-kit';

export interface BattleRow {
  readonly rank: number;
  readonly team: string;
  readonly size: number | null;
  /** What the bar measures: the total, or the total per rep when teams differ in size. */
  readonly measure: number | null;
  readonly text: string;
  /** Bar length 0..100, against the largest measure. */
  readonly pct: number;
}

/**
 * Teams in the contest's order (its ranks follow its rules: the total). When the teams' sizes
 * differ, a total favours the bigger team, so each bar shows the total per rep and the slide says
 * so. A total the snapshot withholds (a team with 1 or 2 reps who are not listed: the small-group
 * rule of shared/snapshot/disclosure.ts) stays withheld: no bar and no per-rep figure.
 */
export function battleRows(
  index: SnapshotIndex,
  fmt: Formatter,
  c: SnapshotContest,
): { rows: BattleRow[]; perRep: boolean } {
  const sizes = new Map(index.snapshot.teams.map((t) => [t.name, t.repCount]));
  const teams = c.standings.filter((s) => s.team !== null);
  const known = new Set(teams.map((s) => sizes.get(s.team!) ?? null));
  const perRep = known.size > 1 && !known.has(null) && !known.has(0);
  const measured = teams.map((s) => {
    const size = sizes.get(s.team!) ?? null;
    const measure = s.value === null ? null : perRep && size ? s.value / size : s.value;
    return { s, size, measure };
  });
  const max = Math.max(0, ...measured.map((m) => m.measure ?? 0));
  const rows = measured.map(({ s, size, measure }) => {
    const total = contestValue(fmt, c, s.value);
    const each = measure === null ? null : contestValue(fmt, c, round1(measure));
    const text =
      total === null
        ? 'Total not shown'
        : perRep && each !== null
          ? `${each} per rep · ${total} total`
          : total;
    return {
      rank: s.rank,
      team: s.team!,
      size,
      measure,
      text,
      pct: max > 0 && measure !== null ? (Math.max(0, measure) / max) * 100 : 0,
    };
  });
  return { rows, perRep };
}

export function teamBattleSlide(ctx: SlideContext) {
  const { index, fmt, page } = ctx;
  const c = page.slide === 'team_battle' ? index.contests.get(page.contestId) : undefined;
  if (!c)
    return html`<div class="panel"><h2>Team battle</h2><p>No team contest right now.</p></div>`;
  const { rows, perRep } = battleRows(index, fmt, c);
  const myTeam = c.standings.find((s) => isMine(ctx, c, s))?.team ?? null;
  return html`<div class="panel battle">
    <h2 class="name">⚔️ ${c.name}</h2>
    <p>${statusLine(c, ctx.now, fmt)}${c.prize ? html` · <span class="name">Prize: ${c.prize}</span>` : nothing}</p>
    ${withheldText(c) ? html`<p class="note withheld">${withheldText(c)}</p>` : nothing}
    ${perRep ? html`<p class="note">Bars per rep: the teams differ in size (${rows.map((r) => `${r.team} ${r.size}`).join(', ')}). Ranked by total, as the rules say.</p>` : nothing}
    ${fitList(
      Math.max(rows.length, 3),
      2.6,
      html`<ol class="teams">${rows.map(
        (r) => html`<li class=${r.team === myTeam ? 'team me' : 'team'} data-team=${r.team}>
          <span class="rank">${r.rank}.</span>
          <span class="name">${r.team}</span>
          <span class="track" aria-hidden="true"><span class="fill" style=${`width:${r.pct.toFixed(1)}%`}></span></span>
          <span class="val">${r.team === myTeam ? html`<span class="you">Your team</span> ` : nothing}${r.text}</span>
        </li>`,
      )}</ol>`,
    )}
  </div>`;
}
