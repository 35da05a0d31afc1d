// @rungs/core/team: many people, many assessors of one person, or one person over time. Several assessors of one
// person side by side: `compareAssessors`. A team summary from gap reports or gap summaries, whole
// (`summariseTeam`) or fed one report at a time (`startTeamSummary`); render it with
// `renderTeamSummary` from '@rungs/core/render'. Isomorphic, like the main entry.
export { summariseTeam, startTeamSummary, type TeamTally } from './assess/team-tally.ts';
export type { TeamSummary } from './schema/team-summary.ts';
export { compareAssessors } from './assess/compare-assessors.ts';
export type { AssessorsReport } from './schema/assessors-report.ts';
// One person over time: progress since earlier assessments, and the next behaviours to work on.
export { trackProgress } from './progress/track-progress.ts';
export type { EarlierAssessment } from './progress/check-series.ts';
export type { ProgressReport, Movement, GoalOutcome } from './schema/progress-report.ts';
export { planGrowth, type PlanOptions } from './progress/plan-growth.ts';
export type { GrowthPlan } from './schema/growth-plan.ts';
export { goalsFromPlan, goalsSection } from './progress/goals-section.ts';
