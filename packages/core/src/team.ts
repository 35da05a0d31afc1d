// @rungs/core/team: many people, or many assessors of one person, at once. Several assessors of one
// person side by side: `compareAssessors`. A team summary from gap reports or gap summaries, whole
// (`summariseTeam`) or fed one report at a time (`startTeamSummary`); render it with
// `renderTeamSummary` from '@rungs/core/render'. Isomorphic, like the main entry.
export { summariseTeam, startTeamSummary, type TeamTally } from './assess/team-tally.ts';
export type { TeamSummary } from './schema/team-summary.ts';
export { compareAssessors } from './assess/compare-assessors.ts';
export type { AssessorsReport } from './schema/assessors-report.ts';
