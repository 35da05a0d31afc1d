// @rungs/core/team: many people at once. A team summary from gap reports or gap summaries, whole
// (`summariseTeam`) or fed one report at a time (`startTeamSummary`); render it with
// `renderTeamSummary` from '@rungs/core/render'. Isomorphic, like the main entry.
export { summariseTeam, startTeamSummary, type TeamTally } from './assess/team-tally.ts';
export type { TeamSummary } from './schema/team-summary.ts';
