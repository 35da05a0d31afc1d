// @rungs/core: the isomorphic entry. No file system, no process, no console: it runs in browsers.
export { parseFramework, type ParseFrameworkOptions } from './pipeline/parse-framework.ts';
export { parseAssessment, parseAssessmentInput, validateAssessment } from './pipeline/parse-assessment.ts';
export { parseAssessmentPair } from './pipeline/parse-assessment-pair.ts';
export { problemsOf, type Result } from './diagnostics/result.ts';
export { decodeSource } from './source/parse-yaml.ts';
export { identifySource, type SourceIdentity } from './source/identify.ts';
export { ASSESSMENT_FORMAT, MAX_SOURCE_BYTES } from './schema/limits.ts';
export { TEXT_LIMITS } from './schema/common.ts';

export { assess, type AssessOptions } from './assess/assess.ts';
export { compareAssessments, DISCUSS_FROM_STEPS } from './assess/calibrate.ts';
export { calibrationMismatches } from './rules/check-pair.ts';
export { describeRule } from './assess/readiness.ts';
export { summariseGapReport } from './assess/summarise.ts';
export { GapSummarySchema, GAP_SUMMARY_FORMAT, type GapSummary } from './schema/gap-summary.ts';
export { describeMove, type MoveDescription, type MovePoint, type CompetencyChange, type DecisionChange } from './assess/describe-move.ts';

export { renderGapReport, renderCalibration, REPORT_FORMATS, type ReportFormat, type RenderOptions } from './render/render-report.ts';
export { renderGapText, renderCalibrationText, type TextOptions } from './render/render-text.ts';
export { renderGapMarkdown, renderCalibrationMarkdown, escapeMarkdown } from './render/render-markdown.ts';
export { renderGapHtml, renderCalibrationHtml, type HtmlOptions } from './render/render-html.ts';
export { renderGapChartSvg, renderCalibrationChartSvg, type ChartOptions } from './render/chart-svg.ts';
export type { MessageOptions } from './render/common.ts';
export { escapeHtml, safeLink } from './render/html.ts';
export { REPORT_CSS } from './render/report-styles.ts';
export { matrixToCsv } from './export/csv.ts';
export { diffMatrices, declaredBump, isEmptyDiff, type MatrixDiff, type StatementChange, type LevelChange, type LevelDecisionChange, type Bump } from './diff/diff-matrices.ts';
export { renderDiffMarkdown, type DiffMarkdownOptions } from './render/diff-markdown.ts';
export { migrateAssessment, type MigrateOptions, type Migration, type MigrationChange } from './migrate/migrate-assessment.ts';
export { assessmentTemplate, stringifyAssessment, type TemplateOptions } from './author/assessment-template.ts';
export { rewriteAssessmentText } from './migrate/edit-in-place.ts';
export { matrixToCase, RUNGS_UUID_NAMESPACE, type CaseOptions } from './export/case.ts';

export { formatProblem, formatProblems, type FormatOptions } from './diagnostics/format.ts';
export { hasErrors, sortProblems, codeFrame, createProblem, type Problem, type SourceFile, type Severity } from './diagnostics/problem.ts';
export { PROBLEMS, PROBLEM_CODES, type ProblemCode, type ProblemParams, type ProblemDefinition } from './diagnostics/catalog.ts';
export { englishMessages, formatMessage, type Messages, type Message, type MessageCode, type MessageParams } from './messages/catalog.ts';
export type { BlockerParams, HeadlineParams, RuleDescriptionParams, NamedCompetency } from './messages/readiness-params.ts';

export { suggest } from './diagnostics/describe-path.ts';
export { findMatrix, findLevel, findCompetency, findScaleValue, scaleRank, targetOf } from './model/queries.ts';
export { levelsInOrder, nextLevel, levelExpectations, migrationNeeded, type LevelExpectation, type MigrationNeed } from './model/levels.ts';
export { toJsonSchema, SCHEMA_NAMES, SCHEMA_BASE_URL, type SchemaName } from './schema/json-schemas.ts';

export type { Framework, Matrix, ResolvedCompetency, ResolvedStatement, CareerMove, ValidatedAssessment } from './model/framework.ts';
export type { FrameworkData, MatrixData, ResolvedCompetencyData, ResolvedStatementData, CareerMoveData } from './model/framework.ts';
export type { DeepReadonly } from './schema/readonly.ts';
export { AssessmentSchema, EVIDENCE_KINDS, META_LIMITS, type Assessment, type AssessmentInput, type Evidence, type Rating } from './schema/assessment.ts';
export { MatrixFileSchema, MATRIX_FORMAT, type MatrixFile, type MatrixFileInput } from './schema/matrix.ts';
export { FrameworkFileSchema, FRAMEWORK_FORMAT, type FrameworkFile, type Category } from './schema/framework.ts';
export { SharedCompetenciesFileSchema, SHARED_COMPETENCIES_FORMAT, type SharedCompetenciesFile } from './schema/shared-competencies.ts';
export { CareerPathsFileSchema, CAREER_PATHS_FORMAT, type CareerPathsFile, type Destination, type LevelRef, type Path } from './schema/career-paths.ts';
export type { Competency, SharedCompetency, SharedCompetencyUse, Statement } from './schema/competency.ts';
export type { Level, Authority, Decision } from './schema/level.ts';
export type { Scale, ScaleValue } from './schema/scale.ts';
export { ReadinessRuleSchema, READINESS_RULE_IDS, type ReadinessRule, type ReadinessRuleInput, type ReadinessRuleId } from './schema/readiness-rule.ts';
export {
	GapReportSchema,
	CalibrationReportSchema,
	GAP_REPORT_FORMAT,
	CALIBRATION_REPORT_FORMAT,
	COMPETENCY_STATUSES,
	BLOCKER_CODES,
	type GapReport,
	type CompetencyGap,
	type CompetencyStatus,
	type Readiness,
	type Blocker,
	type BlockerCode,
	type Headline,
	type RuleDescription,
	type CalibrationReport,
} from './schema/gap-report.ts';
