// Avatar template: the rep's https image when published, else their initials; decorative (the name is beside it).
import { css, html, nothing } from 'lit';

/** A photo that fails to load is removed, so the initials beneath show instead of a broken image. */
function dropBrokenPhoto(e: Event): void {
  (e.target as HTMLElement | null)?.remove();
}

/** At most two letters, so the initials never wrap or spill out of the circle. */
export function avatarInitials(initials: string): string {
  return Array.from(initials.trim()).slice(0, 2).join('').toUpperCase();
}

export function avatar(initials: string, avatarUrl: string | null) {
  return html`<span class="avatar" aria-hidden="true"
    ><span class="initials">${avatarInitials(initials)}</span>${
      avatarUrl
        ? html`<img src=${avatarUrl} alt="" loading="lazy" referrerpolicy="no-referrer" @error=${dropBrokenPhoto} />`
        : nothing
    }</span
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
  .avatar .initials {
    white-space: nowrap;
    line-height: 1;
    letter-spacing: -0.02em;
  }
  .avatar img {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    object-fit: cover;
  }
`;
