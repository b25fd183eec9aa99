// The contest race: progress lines over time (layoutRace), decorative SVG plus a legend; the table sits beside it.
import { compareText } from '../../../shared/order';
import { LitElement, css, html, nothing, svg } from 'lit';
import type { SnapshotContest } from '../../../shared/snapshot';
import { layoutRace } from '../charts/layout-race';
import { contestValue } from '../contest-text';
import type { Formatter } from '../format';

const W = 800;
const H = 300;
const M = { top: 12, right: 16, bottom: 28, left: 64 };
const COLORS = ['var(--br-bar)', 'var(--br-bar-alt)', '#2e9e6b', '#c2185b', '#7e57c2', '#00838f'];
const MAX_LINES = 6;

export class BrRaceChart extends LitElement {
  static override properties = {
    contest: { attribute: false },
    fmt: { attribute: false },
    names: { attribute: false },
  };
  declare contest: SnapshotContest | null;
  declare fmt: Formatter | null;
  declare names: (key: string | null) => string;

  static override styles = css`
    :host {
      display: block;
    }
    svg {
      width: 100%;
      height: auto;
      display: block;
      color: var(--br-muted);
    }
    text {
      fill: var(--br-muted);
      font-size: 13px;
    }
    ul {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1rem;
      list-style: none;
      padding: 0;
      margin: 0.5rem 0 0;
    }
    .swatch {
      display: inline-block;
      width: 1em;
      height: 0.3em;
      vertical-align: middle;
      margin-right: 0.4em;
    }
  `;

  constructor() {
    super();
    this.contest = null;
    this.fmt = null;
    this.names = (k) => k ?? 'Anonymous';
  }

  override render() {
    const c = this.contest;
    const fmt = this.fmt;
    if (!c || !fmt || c.series.length === 0) return nothing;
    const series = [...c.series]
      .map((s, i) => ({
        key: s.key ?? `anon-${i}`,
        label: this.names(s.key),
        points: s.points,
        last: s.points[s.points.length - 1]?.value ?? 0,
      }))
      .sort((a, b) => b.last - a.last || compareText(a.key, b.key))
      .slice(0, MAX_LINES);
    const layout = layoutRace(series, {
      width: W - M.left - M.right,
      height: H - M.top - M.bottom,
      start: c.start,
      end: c.end,
      // A streak's goal is calls per day, not a number of days: it has no place on a days axis.
      goal: c.kind === 'streak' ? null : c.goal,
    });
    const label = (v: number) => contestValue(fmt, c, v) ?? '';
    return html`<svg viewBox=${`0 0 ${W} ${H}`} aria-hidden="true" focusable="false">
        <g transform=${`translate(${M.left},${M.top})`}>
          ${(
            c.kind === 'streak'
              ? layout.yTicks.filter((t) => Number.isInteger(t.value))
              : layout.yTicks
          ).map(
            (
              t,
            ) => svg`<line x1="0" x2=${W - M.left - M.right} y1=${t.y} y2=${t.y} stroke="currentColor" stroke-opacity="0.2"></line>
              <text x="-6" y=${t.y} dy="0.32em" text-anchor="end">${label(t.value)}</text>`,
          )}
          ${layout.xTicks.map(
            (t) =>
              svg`<text x=${t.x} y=${H - M.top - M.bottom + 18} text-anchor="middle">${fmt.day(t.day)}</text>`,
          )}
          ${
            layout.goalY !== null
              ? svg`<line x1="0" x2=${W - M.left - M.right} y1=${layout.goalY} y2=${layout.goalY} stroke="var(--br-good)" stroke-dasharray="6 4" stroke-width="2"></line>`
              : nothing
          }
          ${layout.lines.map(
            (
              l,
              i,
            ) => svg`<path d=${l.path} fill="none" stroke=${COLORS[i % COLORS.length]} stroke-width="3" stroke-linejoin="round"></path>
              <circle cx=${l.endX} cy=${l.endY} r="4" fill=${COLORS[i % COLORS.length]}></circle>`,
          )}
        </g>
      </svg>
      <ul aria-label="Race chart legend">
        ${layout.lines.map((l, i) => {
          const s = series.find((x) => x.key === l.key);
          return html`<li><span class="swatch" style=${`background:${COLORS[i % COLORS.length]}`}></span>${s?.label ?? l.key}: ${label(l.last)}</li>`;
        })}
      </ul>`;
  }
}

if (!customElements.get('br-race-chart')) customElements.define('br-race-chart', BrRaceChart);
