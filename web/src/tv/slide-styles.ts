// Styles of the TV slides: cards, the fitted lists, ranked lines and the recognition feed.
import { css } from 'lit';

export const slideStyles = css`
h2 {
  font-size: 1.6rem;
  color: var(--br-accent);
}
.cols {
  display: grid;
  grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
  gap: 3vw;
  height: 100%;
  min-height: 0;
}
.cols.board {
  grid-template-columns: minmax(0, 2.2fr) minmax(0, 1fr);
}
.cols.one {
  grid-template-columns: minmax(0, 1fr);
}
.panel {
  background: var(--br-surface);
  border: 1px solid var(--br-border);
  border-radius: var(--br-radius);
  padding: 1rem 1.5rem;
  min-width: 0;
  min-height: 0;
  height: 100%;
  overflow: hidden;
  display: flex;
  flex-direction: column;
}
.panel > p {
  margin: 0 0 0.4em;
}
/* The list area: its height, whatever the screen, is shared by exactly --br-rows rows. */
.fit {
  flex: 1 1 0;
  min-height: 0;
  container-type: size;
}
.fit > * {
  font-size: min(var(--br-fit-max, 1.15rem), calc(100cqh / (var(--br-rows) * var(--br-row-em))));
}
.fit > ol,
.fit > ul {
  height: 100%;
  display: grid;
  grid-template-rows: repeat(var(--br-rows), minmax(0, 1fr));
}
ol,
ul {
  margin: 0;
  padding: 0;
  list-style: none;
}
.line {
  display: grid;
  grid-template-columns: auto minmax(0, 1fr) auto;
  align-items: center;
  gap: 0.6em;
  min-height: 0;
  overflow: hidden;
  border-bottom: 1px solid var(--br-border);
}
/*
 * Most improved: three reps in a third of the width, each on two lines (the name, wrapping up to
 * three lines if it must, then the value beneath it) instead of one line that cuts the name short.
 */
.movers {
  font-size: var(--br-fit-max, 1.15rem);
}
.movers .line {
  grid-template-columns: auto minmax(0, 1fr);
  grid-template-areas:
    'rank name'
    '. val';
  align-items: baseline;
  row-gap: 0.1em;
  padding: 0.45em 0;
}
.movers .rank {
  grid-area: rank;
}
.movers .name {
  grid-area: name;
  white-space: normal;
  overflow-wrap: anywhere;
  display: -webkit-box;
  -webkit-box-orient: vertical;
  -webkit-line-clamp: 3;
  line-clamp: 3;
}
.movers .val {
  grid-area: val;
  text-align: left;
}
.line:last-child {
  border-bottom: 0;
}
/* The rep who picked themselves on this device (a wall rarely has one): marked, and said in words. */
.line.me,
.team.me {
  box-shadow: inset 0.3em 0 0 var(--br-accent);
  padding-left: 0.4em;
}
.step.me {
  outline: 0.35vh solid var(--br-accent);
  outline-offset: -0.35vh;
  border-radius: var(--br-radius);
}
.you {
  display: inline-block;
  font-size: 0.7em;
  font-weight: 800;
  padding: 0 0.45em;
  border-radius: 999px;
  background: var(--br-accent);
  color: var(--br-accent-text);
  vertical-align: middle;
}
.rank {
  font-weight: 700;
  font-variant-numeric: tabular-nums;
  /* Wide enough for "15." so names line up in every row. */
  min-width: 1.8em;
  text-align: right;
}
.name,
.feed .title,
.feed .msg {
  overflow: hidden;
  text-overflow: ellipsis;
  white-space: nowrap;
  overflow-wrap: normal;
}
.val {
  font-variant-numeric: tabular-nums;
  white-space: nowrap;
  text-align: right;
  font-weight: 600;
}
.feed li {
  display: grid;
  grid-template-columns: auto minmax(0, 1fr);
  align-content: center;
  column-gap: 0.5em;
  min-height: 0;
  overflow: hidden;
  border-bottom: 1px solid var(--br-border);
}
.feed li:last-child {
  border-bottom: 0;
}
.feed .body {
  min-width: 0;
}
.feed .title,
.feed .msg {
  display: block;
}
.feed .msg {
  color: var(--br-muted);
  font-size: 0.9em;
}
.feed .msg.quote {
  font-style: italic;
}
`;
