// Public entry of the UI shared by the site and the add-on: Lit parts that read only the --br-* tokens of tokens.css.
export { avatar, avatarInitials, avatarStyles } from './avatar';
export { type BarRow, BrBarChart } from './br-bar-chart';
export {
  flipMoves,
  measureRows,
  MOVE_MS,
  playFlip,
  reducedMotion,
  type RowMove,
  type RowSpot,
} from './flip';
export {
  type BarBox,
  type BarInput,
  type BarLayout,
  type BarOptions,
  layoutBars,
} from './layout-bars';
export { baseStyles } from './styles';
