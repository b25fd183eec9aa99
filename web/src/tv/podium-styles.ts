// Styles of the wall's podium: three steps with faces, the winner's tallest, names on one line (full name in the title).
import { css } from 'lit';

export const podiumStyles = css`
.podium {
  flex: 0 0 auto;
  width: 100%;
  min-width: 0;
  box-sizing: border-box;
  /* 22vh leaves the next 7 ranks at least 32px type at 1080p (64px at 4K), like 10 rows had. */
  height: 22vh;
  min-height: 0;
  display: grid;
  grid-template-columns: repeat(3, minmax(0, 1fr));
  align-items: end;
  gap: 1.5vw;
  margin: 0 0 1.5vh;
}
.step {
  display: grid;
  grid-template-columns: minmax(0, 1fr);
  width: 100%;
  overflow: hidden;
  /* The name takes what the face, value and step leave: always its one line (3vh × 1.15). */
  grid-template-rows: auto minmax(calc(3vh * 1.15), 1fr) auto auto;
  justify-items: center;
  text-align: center;
  min-width: 0;
  height: 100%;
  row-gap: 0.5vh;
}
.step .avatar {
  width: 7vh;
  height: 7vh;
  font-size: 2.8vh;
  border: 0.4vh solid var(--br-accent);
}
.step.p1 .avatar {
  /* 8vh, not 9: at 22vh the winner's step then still has a whole line for the name. */
  width: 8vh;
  height: 8vh;
  font-size: 3.2vh;
}
/*
 * One line, cut with an ellipsis (the full name is the step's title): the winner's step leaves its
 * name about one line of 3vh beside the face, value and block, and a second clamped line was drawn
 * over the amount under it.
 */
.step .name {
  align-self: start;
  font-size: 3vh;
  font-weight: 700;
  line-height: 1.15;
  max-width: 100%;
  white-space: nowrap;
  overflow: hidden;
  text-overflow: ellipsis;
}
.step .val {
  font-size: 3vh;
  font-variant-numeric: tabular-nums;
  font-weight: 600;
}
.step .block {
  align-self: end;
  width: 100%;
  display: grid;
  place-items: center;
  font-size: 2vh;
  font-weight: 800;
  color: var(--br-bg);
  background: var(--br-accent);
  border-radius: var(--br-radius) var(--br-radius) 0 0;
  height: 2.4vh;
  overflow: hidden;
  line-height: 1;
}
.step.p1 .block {
  height: 4.6vh;
}
.step.p2 .block {
  height: 3.4vh;
}
.panel.lead {
  gap: 0;
}
`;

/** The team battle: one wide row per team, the bar under the name and figures. */
export const battleStyles = css`
.battle .note {
  color: var(--br-muted);
}
.teams .team {
  display: grid;
  grid-template-columns: auto minmax(0, 1fr) auto;
  grid-template-rows: auto auto;
  column-gap: 0.6em;
  row-gap: 0.2em;
  align-content: center;
  min-height: 0;
  overflow: hidden;
  border-bottom: 1px solid var(--br-border);
}
.teams .track {
  grid-column: 1 / -1;
  grid-row: 2;
  height: 0.7em;
  background: var(--br-border);
  border-radius: 0.35em;
  overflow: hidden;
}
.teams .fill {
  display: block;
  height: 100%;
  background: var(--br-bar);
}
`;

/** The contests page: the live cards, and a line teasing what is coming up beneath them. */
export const contestsPageStyles = css`
.contests {
  height: 100%;
  display: grid;
  grid-template-columns: minmax(0, 1fr);
  grid-template-rows: minmax(0, 1fr) auto;
  gap: 1.5vh;
}
.teaser {
  margin: 0;
  font-size: 1.1rem;
  overflow: hidden;
  text-overflow: ellipsis;
  white-space: nowrap;
}
`;
