// What the page says when it cannot show a rep's page: one heading and one next step per reason.
import type { PageState } from './load';

type Problem = Exclude<PageState['kind'], 'ok' | 'loading'>;

export const MESSAGES: {
  readonly [K in Problem]: (s: Extract<PageState, { kind: K }>) => {
    heading: string;
    text: string;
  };
} = {
  no_link: () => ({
    heading: 'This page needs your personal link',
    text: 'Open the whole link your manager gave you: it ends with #b=…&k=…, and that part is your key.',
  }),
  gone: () => ({
    heading: 'This link no longer works',
    text: 'Its key was changed (rotated), or private pages are no longer published. Ask your manager for your current link.',
  }),
  wrong_key: () => ({
    heading: 'This link does not open this page',
    text: 'The key in the link does not belong to this page: the link may be cut short, mistyped, or someone else’s. Use the link your manager gave you.',
  }),
  damaged: () => ({
    heading: 'This page’s file was changed',
    text: 'The file on the site is not the one sealed for you, so nothing is shown. Tell your manager: the next publish replaces it.',
  }),
  unreachable: (s) => ({
    heading: 'Your page could not be loaded',
    text: `${s.detail} Try again in a minute; if it lasts, tell your manager.`,
  }),
  unknown_format: () => ({
    heading: 'This page was made by another version of Bellringer',
    text: 'Reload to get the current site; if it lasts, tell your manager.',
  }),
};

export function messageOf(state: Extract<PageState, { kind: Problem }>): {
  heading: string;
  text: string;
} {
  return (MESSAGES[state.kind] as (s: PageState) => { heading: string; text: string })(state);
}
