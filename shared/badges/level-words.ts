// Manager words for a rep's level: how the XP adds up and where the next level starts.
import { plural } from '../format';
import type { RepLevel } from './levels';

/** `Level 3 Closer: 166 XP = 60 from 2 badges + 100 from 2 contest wins + 6 from 3 recognitions received; level 4 at 300 XP.` */
export function levelWords(l: RepLevel): string {
  return (
    `Level ${l.level} ${l.title}: ${l.xp} XP = ${l.badgeXp} from ${l.badgeCount} ${plural('badge', l.badgeCount)}` +
    ` + ${l.contestXp} from ${l.contestWins} contest ${plural('win', l.contestWins)}` +
    ` + ${l.recognitionXp} from ${l.recognitionCount} ${plural('recognition', l.recognitionCount)} received;` +
    ` level ${l.level + 1} at ${l.nextLevelXp} XP.`
  );
}
