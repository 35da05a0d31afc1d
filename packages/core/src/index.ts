// @rungs/core: what a host calls — load and check, assess, compare, describe a move, migrate, diff,
// the level helpers, problems and messages. Isomorphic: no file system, no process, no console.
// Renderers: '@rungs/core/render'. Schemas, format ids, limits: '@rungs/core/schema'. Files: '/node'.
export { parseFramework, type ParseFrameworkOptions } from './pipeline/parse-framework.ts';
export { parseAssessment, parseAssessmentInput, validateAssessment } from './pipeline/parse-assessment.ts';
export { parseAssessmentPair } from './pipeline/parse-assessment-pair.ts';
export { problemsOf, type Result } from './diagnostics/result.ts';
export { decodeSource } from './source/parse-yaml.ts';
export { identifySource, type SourceIdentity } from './source/identify.ts';

export { assess, type AssessOptions } from './assess/assess.ts';
export { compareAssessments } from './assess/calibrate.ts';
export { calibrationMismatches } from './rules/check-pair.ts';
export { describeRule } from './assess/readiness.ts';
export { summariseGapReport } from './assess/summarise.ts';
export { describeMove, type MoveDescription, type MovePoint, type CompetencyChange, type DecisionChange } from './assess/describe-move.ts';
export { levelsInOrder, nextLevel, levelExpectations, migrationNeeded, type LevelExpectation, type MigrationNeed } from './model/levels.ts';
export { findLadder, findLevel, findCompetency, targetOf } from './model/queries.ts';

export { diffLadders, declaredBump, isEmptyDiff, type LadderDiff, type StatementChange, type LevelChange, type LevelDecisionChange, type Bump } from './diff/diff-ladders.ts';
export { migrateAssessment, type MigrateOptions, type Migration, type MigrationChange } from './migrate/migrate-assessment.ts';
export { rewriteAssessmentText } from './migrate/edit-in-place.ts';
export { fixStatementIds, type FixedFile, type StatementIdFix } from './migrate/fix-statement-ids.ts';
export { assessmentTemplate, stringifyAssessment, type TemplateOptions } from './author/assessment-template.ts';
export { ladderToCsv } from './export/csv.ts';
export { ladderToCase, type CaseOptions } from './export/case.ts';

export { formatProblem, formatProblems, type FormatOptions } from './diagnostics/format.ts';
export { hasErrors, sortProblems, type Problem, type SourceFile, type Severity, type DataPath, type Span } from './diagnostics/problem.ts';
export { createProblem } from './diagnostics/create-problem.ts';
export { suggest } from './diagnostics/describe-path.ts';
export type { ProblemCode, ProblemParams } from './diagnostics/catalog.ts';
export type { BandPatternReason, FileKind, FsReason, IdReason, KnownIds, OptionExpectation, Suggestion, TextKind, ValueKind, ValueReason, ValueRule, YamlTrouble } from './messages/problem-params.ts';
export type { Messages, Message, MessageCode, MessageParams } from './messages/catalog.ts';
export { formatMessage } from './messages/format-message.ts';
export { englishMessages } from './messages/english.ts';
export type { BlockerParams, HeadlineParams, RuleDescriptionParams, NamedCompetency } from './messages/readiness-params.ts';

// Types only: the data the functions above take and give. Schemas and format ids: '@rungs/core/schema'.
export type { Framework, Ladder, ResolvedCompetency, ResolvedStatement, CareerMove, ValidatedAssessment, EachLevel } from './model/framework.ts';
export type { FrameworkData, LadderData, ResolvedCompetencyData, ResolvedStatementData, CareerMoveData } from './model/framework.ts';
export type { DeepReadonly } from './schema/readonly.ts';
export type { Assessment, Evidence, Goal, Rating } from './schema/assessment.ts';
export type { LadderFile } from './schema/ladder.ts';
export type { FrameworkFile, Category } from './schema/framework.ts';
export type { SharedCompetenciesFile } from './schema/shared-competencies.ts';
export type { CareerPathsFile, Destination, LevelRef, Path } from './schema/career-paths.ts';
export type { Competency, SharedCompetency, SharedCompetencyUse, Statement } from './schema/competency.ts';
export type { Level, Authority, Decision } from './schema/level.ts';
export type { Scale, ScaleValue } from './schema/scale.ts';
export type { ReadinessRule } from './schema/readiness-rule.ts';
export type { GapSummary } from './schema/gap-summary.ts';
export type { GapReport, CompetencyGap, CompetencyStatus, Readiness, Blocker, BlockerCode, Headline, RuleDescription, CalibrationReport } from './schema/gap-report.ts';

// The type names from before the matrix → ladder rename (issue #13); types cost no runtime export.
// The renamed functions (diffMatrices, findMatrix, matrixToCsv, matrixToCase) have no alias here:
// the entry holds its 40 runtime exports; COMPATIBILITY.md says how a caller moves across.
export type { Matrix, MatrixData, MatrixDiff, MatrixFile } from './legacy-types.ts';
