// Recognition: the public feed of manual and automatic entries.
export { bigDealBar, median } from './big-deals';
export { type FeedInput, buildFeed } from './feed';
export { type CaptionBadge, badgeEarnedText, contestWonText, feedWords } from './feed-words';
export type { FeedCaption, FeedCaptionKind, FeedEntry } from './types';
