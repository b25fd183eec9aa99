// A badge's picture for Open Badges: a square SVG, the tier's colour and the badge's initials.
import type { SnapshotBadge } from '../snapshot';

const TIER_FILL: Readonly<Record<NonNullable<SnapshotBadge['tier']>, string>> = {
  bronze: '#b0703c',
  silver: '#8a949c',
  gold: '#c99a06',
  platinum: '#4d6d86',
};
const UNTIERED = '#3b5bdb';

// XML text escaping: a badge name written by the manager is text, never markup.
function xml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function initials(name: string): string {
  const words = name.split(/\s+/).filter((w) => /\p{L}|\p{N}/u.test(w));
  const letters = words.slice(0, 2).map((w) => [...w][0] ?? '');
  return letters.join('').toUpperCase() || '★';
}

/** 256×256, a ring in the tier's colour with the initials; the name as the accessible title. */
export function badgeSvg(badge: Pick<SnapshotBadge, 'name' | 'tier'>): string {
  const fill = badge.tier === null ? UNTIERED : TIER_FILL[badge.tier];
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256" role="img">',
    `<title>${xml(badge.name)}</title>`,
    `<circle cx="128" cy="128" r="120" fill="${fill}"/>`,
    '<circle cx="128" cy="128" r="100" fill="none" stroke="#ffffff" stroke-width="8"/>',
    `<text x="128" y="150" font-family="sans-serif" font-size="72" font-weight="700" fill="#ffffff" text-anchor="middle">${xml(initials(badge.name))}</text>`,
    '</svg>',
    '',
  ].join('\n');
}
