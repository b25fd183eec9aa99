// Avatar template: the rep's https image when published, else their initials; decorative (the name is beside it).
import { html, nothing } from 'lit';

export function avatar(initials: string, avatarUrl: string | null) {
  return html`<span class="avatar" aria-hidden="true"
    >${
      avatarUrl
        ? html`<img src=${avatarUrl} alt="" loading="lazy" referrerpolicy="no-referrer" />`
        : nothing
    }<span class="initials">${initials.slice(0, 3)}</span></span
  >`;
}
