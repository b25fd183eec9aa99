// Avatar template: the rep's https image when published, else their initials; decorative (the name is beside it).
import { css, html, nothing } from 'lit';

export function avatar(initials: string, avatarUrl: string | null) {
  return html`<span class="avatar" aria-hidden="true"
    >${
      avatarUrl
        ? html`<img src=${avatarUrl} alt="" loading="lazy" referrerpolicy="no-referrer" />`
        : nothing
    }<span class="initials">${initials.slice(0, 3)}</span></span
  >`;
}

/** The avatar's circle and cover image; each view sets the size (width, height, font-size). */
export const avatarStyles = css`
  .avatar {
    position: relative;
    border-radius: 50%;
    display: grid;
    place-items: center;
    font-weight: 700;
    background: var(--br-surface);
    border: 1px solid var(--br-border);
    overflow: hidden;
  }
  .avatar img {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    object-fit: cover;
  }
`;
