import { z } from 'zod';
import { AssessmentSchema } from './assessment.ts';
import { CareerPathsFileSchema } from './career-paths.ts';
import { FrameworkFileSchema } from './framework.ts';
import { CalibrationReportSchema, GapReportSchema } from './gap-report.ts';
import { GapSummarySchema } from './gap-summary.ts';
import { LadderFileSchema } from './ladder.ts';
import { SharedCompetenciesFileSchema } from './shared-competencies.ts';
import { TeamSummarySchema } from './team-summary.ts';
import { AssessorsReportSchema } from './assessors-report.ts';
import { TranslationFileSchema } from './translation.ts';
import { ProgressReportSchema } from './progress-report.ts';
import { GrowthPlanSchema } from './growth-plan.ts';

/** Where the published JSON Schemas live; each `$id` is this base plus the file name. */
export const SCHEMA_BASE_URL = 'https://rungs.dev/schemas/';

const SCHEMAS = {
	ladder: { schema: LadderFileSchema, io: 'input', title: 'Rungs ladder (competency matrix)' },
	framework: { schema: FrameworkFileSchema, io: 'input', title: 'Rungs framework' },
	'shared-competencies': { schema: SharedCompetenciesFileSchema, io: 'input', title: 'Rungs shared competencies' },
	'career-paths': { schema: CareerPathsFileSchema, io: 'input', title: 'Rungs career paths' },
	translation: { schema: TranslationFileSchema, io: 'input', title: 'Rungs translation of a ladder file' },
	assessment: { schema: AssessmentSchema, io: 'input', title: 'Rungs assessment' },
	'gap-report': { schema: GapReportSchema, io: 'output', title: 'Rungs gap report' },
	'gap-summary': { schema: GapSummarySchema, io: 'output', title: 'Rungs gap summary' },
	'calibration-report': { schema: CalibrationReportSchema, io: 'output', title: 'Rungs calibration report' },
	'team-summary': { schema: TeamSummarySchema, io: 'output', title: 'Rungs team summary' },
	'assessors-report': { schema: AssessorsReportSchema, io: 'output', title: 'Rungs calibration of several assessors' },
	'progress-report': { schema: ProgressReportSchema, io: 'output', title: 'Rungs progress over time' },
	'growth-plan': { schema: GrowthPlanSchema, io: 'output', title: 'Rungs growth plan' },
} as const;

export type SchemaName = keyof typeof SCHEMAS;
export const SCHEMA_NAMES = Object.keys(SCHEMAS) as SchemaName[];

/**
 * The JSON Schema (draft 2020-12) of a Rungs file or report, generated from the zod schema that
 * validates it, so the two never drift.
 *
 * @example
 * const schema = toJsonSchema('ladder'); // for an editor, or ajv
 */
export function toJsonSchema(name: SchemaName): Record<string, unknown> {
	const { schema, io, title } = SCHEMAS[name];
	const generated = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as Record<string, unknown>;
	const { $schema, ...rest } = generated;
	return { $schema, $id: `${SCHEMA_BASE_URL}${name}.schema.json`, title, ...rest };
}
