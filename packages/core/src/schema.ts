// @rungs/core/schema: the file formats as zod schemas and JSON Schemas, their permanent format ids,
// limits and code lists. Importing it makes zod's major version part of your build; the main entry
// does not need it.
export { toJsonSchema, SCHEMA_NAMES, SCHEMA_BASE_URL, type SchemaName } from './schema/json-schemas.ts';
export { ASSESSMENT_FORMAT, MAX_SOURCE_BYTES } from './schema/limits.ts';
export { TEXT_LIMITS, ID_PATTERN, DEFAULT_BAND_PATTERN } from './schema/common.ts';
export { HouseRulesSchema, HOUSE_RULES, RULE_NAMES, RULE_SEVERITIES, MAX_RULE_BOUND, resolveHouseRules, type HouseRules, type HouseRulesFile, type RuleName, type RuleSeverity, type RuleSetting } from './schema/house-rules.ts';
export { AssessmentSchema, GoalSchema, EVIDENCE_KINDS, GOAL_STATUSES, GOALS_MAX, META_LIMITS, type AssessmentInput } from './schema/assessment.ts';
export { LadderFileSchema, LADDER_FORMAT, type LadderFileInput } from './schema/ladder.ts';
export { MatrixFileSchema, MATRIX_FORMAT, type MatrixFileInput } from './schema/legacy-aliases.ts';
export { FrameworkFileSchema, FRAMEWORK_FORMAT } from './schema/framework.ts';
export { SharedCompetenciesFileSchema, SHARED_COMPETENCIES_FORMAT } from './schema/shared-competencies.ts';
export { CareerPathsFileSchema, CAREER_PATHS_FORMAT } from './schema/career-paths.ts';
export { TranslationFileSchema, TRANSLATION_FORMAT, LANGUAGE_PATTERN } from './schema/translation.ts';
export { ReadinessRuleSchema, READINESS_RULE_IDS, type ReadinessRuleInput, type ReadinessRuleId } from './schema/readiness-rule.ts';
export { GapReportSchema, CalibrationReportSchema, GAP_REPORT_FORMAT, CALIBRATION_REPORT_FORMAT, COMPETENCY_STATUSES, BLOCKER_CODES } from './schema/gap-report.ts';
export { GapSummarySchema, GAP_SUMMARY_FORMAT } from './schema/gap-summary.ts';
export { PROBLEMS, PROBLEM_CODES, type ProblemDefinition } from './diagnostics/catalog.ts';
export { DISCUSS_FROM_STEPS } from './assess/calibrate.ts';
export { RUNGS_UUID_NAMESPACE } from './export/case.ts';
export { TeamSummarySchema, TEAM_SUMMARY_FORMAT } from './schema/team-summary.ts';
export { AssessorsReportSchema, ASSESSORS_REPORT_FORMAT } from './schema/assessors-report.ts';
export { ProgressReportSchema, PROGRESS_REPORT_FORMAT, MOVEMENTS, GOAL_OUTCOMES } from './schema/progress-report.ts';
export { GrowthPlanSchema, GROWTH_PLAN_FORMAT } from './schema/growth-plan.ts';
