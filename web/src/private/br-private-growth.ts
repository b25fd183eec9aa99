// A rep's development: coaching feedback and next steps, follow-ups due, training, and an open action plan.
import { LitElement, html, nothing } from 'lit';
import type { PrivateBundle, PrivatePlan } from '../../../shared/private';
import type { PrivateFormat } from './format';
import { privateStyles } from './styles';

const STATE = {
  due: 'due soon',
  overdue: 'overdue',
  upcoming: 'upcoming',
  open: 'open',
  completed: 'completed',
  held: 'held',
} as const;

export class BrPrivateGrowth extends LitElement {
  static override properties = { page: { attribute: false }, fmt: { attribute: false } };
  declare page: PrivateBundle;
  declare fmt: PrivateFormat;
  static override styles = privateStyles;

  override render() {
    const { coaching, training, actionPlan } = this.page;
    return html`${coaching ? this.coaching(coaching) : nothing}
    ${training ? this.training(training) : nothing}
    ${actionPlan ? this.plans(actionPlan) : nothing}`;
  }

  private coaching(c: NonNullable<PrivateBundle['coaching']>) {
    const d = this.fmt.day;
    return html`<section aria-labelledby="coach">
      <h2 id="coach">Coaching</h2>
      ${
        c.followUps.length
          ? html`<h3>Follow-ups</h3>
            <ul>
              ${c.followUps.map(
                (f) =>
                  html`<li>${d(f.followUp)} (${STATE[f.state]}): ${f.nextStep ?? 'follow-up'}, from ${d(f.session)}</li>`,
              )}
            </ul>`
          : nothing
      }
      ${
        c.sessions.length === 0
          ? html`<p class="muted">No coaching sessions yet.</p>`
          : c.sessions.map(
              (s) => html`<article class="session">
                <h3>${d(s.day)}${s.coach ? `, with ${s.coach}` : ''}${s.focus ? `: ${s.focus}` : ''}</h3>
                ${s.feedback ? html`<p>${s.feedback}</p>` : nothing}
                ${s.nextStep ? html`<p>Next step: ${s.nextStep}</p>` : nothing}
              </article>`,
            )
      }
    </section>`;
  }

  private training(t: NonNullable<PrivateBundle['training']>) {
    const d = this.fmt.day;
    return html`<section aria-labelledby="train">
      <h2 id="train">Training</h2>
      ${
        t.length === 0
          ? html`<p class="muted">No training assigned.</p>`
          : html`<div class="scroll" tabindex="0" role="region" aria-label="Training assignments"><table>
            <thead><tr><th>Course</th><th>Assigned</th><th>Due</th><th>Status</th></tr></thead>
            <tbody>
              ${t.map(
                (a) => html`<tr data-state=${a.state}>
                  <td>${a.course}</td>
                  <td>${d(a.assigned)}</td>
                  <td>${d(a.due)}</td>
                  <td>${a.state === 'completed' ? `completed ${d(a.completed)}` : STATE[a.state]}</td>
                </tr>`,
              )}
            </tbody>
          </table></div>`
      }
    </section>`;
  }

  private plans(plans: readonly PrivatePlan[]) {
    if (plans.length === 0) return nothing;
    const { day: d, pct } = this.fmt;
    return html`${plans.map(
      (p) => html`<section aria-label=${`Action plan ${p.planId}`} class="plan">
        <h2>My action plan</h2>
        <p>
          ${d(p.opened)} to ${d(p.ends)} (${p.daysLeft} days left)${p.reason ? `: ${p.reason}` : ''}.
        </p>
        <p>
          Progress on ${p.metric}: ${pct(p.progressPct)} of the plan's target, with
          ${pct(p.elapsedPct)} of its time gone.
        </p>
        <h3>Steps</h3>
        <ol>${p.steps.map((s) => html`<li>${s}</li>`)}</ol>
        <h3>Check-ins</h3>
        <ul>
          ${p.checkIns.map(
            (c) =>
              html`<li>${d(c.day)}: ${STATE[c.state]}${c.heldOn ? ` on ${d(c.heldOn)}` : ''}</li>`,
          )}
        </ul>
        ${p.support ? html`<h3>Support</h3><p>${p.support}</p>` : nothing}
        ${p.consequences ? html`<h3>If the plan is not met</h3><p>${p.consequences}</p>` : nothing}
      </section>`,
    )}`;
  }
}

customElements.define('br-private-growth', BrPrivateGrowth);
