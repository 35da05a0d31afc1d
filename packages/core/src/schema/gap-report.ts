import type { DeepReadonly } from './readonly.ts';
import { z } from 'zod';
import { AssessorSchema, EvidenceSchema, PersonSchema } from './assessment.ts';
import { StatementSchema } from './competency.ts';
import { ReadinessRuleSchema } from './readiness-rule.ts';
import type { BlockerParams, HeadlineParams, RuleDescriptionParams } from '../messages/readiness-params.ts';

import { CALIBRATION_REPORT_FORMAT, GAP_REPORT_FORMAT } from './formats.ts';

export { CALIBRATION_REPORT_FORMAT, GAP_REPORT_FORMAT };

export const COMPETENCY_STATUSES = ['exceeds', 'meets', 'below', 'unrated'] as const;
export type CompetencyStatus = (typeof COMPETENCY_STATUSES)[number];

/** The permanent codes of what can block a readiness rule. */
export const BLOCKER_CODES = [
	'BELOW_TARGET',
	'UNRATED',
	'REQUIRED_BELOW_TARGET',
	'BELOW_FLOOR',
	'TOO_FEW_AT_TARGET',
	'TOO_FEW_POINTS',
	'NO_EVIDENCE',
] as const;
export type BlockerCode = (typeof BLOCKER_CODES)[number];
// The zod schemas below and the message catalog's parameter types describe the same data.
type SameAs<A, B> = [DeepReadonly<A>] extends [DeepReadonly<B>] ? ([DeepReadonly<B>] extends [DeepReadonly<A>] ? true : never) : never;
const _sameBlockers: SameAs<{ [C in BlockerCode]: Extract<Blocker, { code: C }>['params'] }, BlockerParams> = true;
const _sameHeadlines: SameAs<{ [C in Headline['code']]: Extract<Headline, { code: C }>['params'] }, HeadlineParams> = true;
const _sameRules: SameAs<{ [C in RuleDescription['code']]: Extract<RuleDescription, { code: C }>['params'] }, RuleDescriptionParams> = true;
void _sameBlockers, _sameHeadlines, _sameRules;

const LevelPointSchema = z.object({
	ladder: z.string().meta({ description: 'Ladder id.' }),
	ladderTitle: z.string().meta({ description: 'Ladder title.' }),
	version: z.string().meta({ description: 'Ladder version.' }),
	level: z.string().meta({ description: 'Level id.' }),
	title: z.string().meta({ description: 'Level title.' }),
	band: z.string().optional().meta({ description: 'Level band; absent when the ladder gives the level none.' }),
});

const ReportScaleSchema = z
	.object({
		values: z.array(z.object({ id: z.string(), label: z.string() })).meta({ description: 'The scale, lowest first.' }),
		meets: z.string().meta({ description: 'The value that meets an expectation.' }),
	})
	.meta({ description: 'The rating scale, so the report can be read and charted on its own.' });

const RatingValueSchema = z.object({
	id: z.string().meta({ description: 'Scale value id.' }),
	label: z.string().meta({ description: 'Scale value label.' }),
	rank: z.number().int().meta({ description: 'Position on the scale, from 0.' }),
});

const StatementToShowSchema = StatementSchema.extend({
	level: z.string().meta({ description: 'The level id whose expectations hold this statement.' }),
	levelTitle: z.string().meta({ description: 'That level\'s title.' }),
	rating: z.string().optional().meta({ description: 'The statement\'s own rating, when the assessment gave one.' }),
});

export const CompetencyGapSchema = z.object({
	id: z.string().meta({ description: 'Competency id.' }),
	name: z.string().meta({ description: 'Competency name.' }),
	category: z.string().meta({ description: 'Category id.' }),
	categoryName: z.string().meta({ description: 'Category name.' }),
	shared: z.boolean().meta({ description: 'True for a shared competency, defined once for several ladders.' }),
	required: z.boolean().meta({ description: 'True for a must-have of the target ladder.' }),
	weight: z.number().meta({ description: 'Weight in the weighted-points rule.' }),
	inCurrentLadder: z.boolean().meta({ description: 'False when the target ladder brings this competency new.' }),
	appliesFrom: z
		.object({ level: z.string(), levelTitle: z.string() })
		.optional()
		.meta({ description: 'On the same ladder, when the competency does not apply at the current level: the first level it applies at (its `levels`).' }),
	rating: RatingValueSchema.nullable().meta({ description: 'The rating, or null when not rated.' }),
	confidence: z.enum(['low', 'medium', 'high']).optional(),
	note: z.string().optional(),
	reassess: z.boolean().optional().meta({ description: 'True when the ladder changed since this rating was made.' }),
	status: z.enum(COMPETENCY_STATUSES).meta({ description: 'The rating against the target: exceeds, meets, below or unrated.' }),
	expectations: z
		.object({
			current: z.array(StatementSchema).meta({ description: 'Statements written for the current level.' }),
			target: z.array(StatementSchema).meta({ description: 'Statements written for the target level.' }),
		})
		.meta({ description: 'The level-specific expectations at both ends of the move.' }),
	toShow: z
		.array(StatementToShowSchema)
		.meta({ description: 'Behaviour statements between the current and the target level still to show.' }),
	evidence: z.object({
		items: z.array(EvidenceSchema).meta({ description: 'The evidence given for this rating.' }),
		coverage: z
			.enum(['evidenced', 'claimed', 'not-needed'])
			.meta({ description: '`claimed` when the rating meets the target without evidence.' }),
		statements: z.array(z.string()).meta({ description: 'Ids of target statements some evidence points at.' }),
	}),
});
/** One competency of a gap report, read-only like the report. */
export type CompetencyGap = DeepReadonly<z.output<typeof CompetencyGapSchema>>;

const rating = z.string().nullable().meta({ description: 'The rating\'s scale label, or null when not rated.' });
const name = z.string().meta({ description: 'The competency\'s name.' });
const NamedSchema = z.object({ id: z.string(), name: z.string() });
const blocker = <C extends BlockerCode, P extends z.ZodRawShape>(code: C, params: P) =>
	z.object({
		code: z.literal(code).meta({ description: 'Permanent code of what blocks the rule.' }),
		params: z.object(params).meta({ description: 'What a message catalog needs to word the blocker.' }),
		competency: z.string().optional().meta({ description: 'The competency concerned, if one is.' }),
	});

/** What blocks a readiness rule, as data: its code and typed parameters. Word it with `formatMessage`. */
export const BlockerSchema = z.discriminatedUnion('code', [
	blocker('BELOW_TARGET', { name, rating }),
	blocker('UNRATED', { name }),
	blocker('REQUIRED_BELOW_TARGET', { name, rating }),
	blocker('BELOW_FLOOR', { name, rating, floor: z.string().meta({ description: 'The floor\'s scale label.' }) }),
	blocker('TOO_FEW_AT_TARGET', {
		met: z.number().int(),
		total: z.number().int(),
		needed: z.number().int(),
		unrated: z.number().int(),
		short: z.array(NamedSchema).meta({ description: 'The competencies not yet at the target.' }),
	}),
	blocker('TOO_FEW_POINTS', {
		scored: z.number(),
		needed: z.number(),
		gains: z.array(NamedSchema).meta({ description: 'Up to three competencies with the largest gains, heaviest first.' }),
	}),
	blocker('NO_EVIDENCE', { name, rating }),
]);
export type Blocker = z.output<typeof BlockerSchema>;

const ruleName = z.enum(['all-at-target', 'n-of-m', 'weighted-points']);
export const HeadlineSchema = z
	.discriminatedUnion('code', [
		z.object({ code: z.literal('READINESS_MET'), params: z.object({ rule: ruleName, target: z.string() }) }),
		z.object({ code: z.literal('READINESS_BLOCKED'), params: z.object({ rule: ruleName, target: z.string(), blockers: z.number().int() }) }),
	])
	.meta({ description: 'The sentence that sums up readiness, as a message code and its parameters.' });
export type Headline = z.output<typeof HeadlineSchema>;

export const RuleDescriptionSchema = z
	.discriminatedUnion('code', [
		z.object({ code: z.literal('RULE_ALL_AT_TARGET'), params: z.object({ requireEvidence: z.boolean() }) }),
		z.object({
			code: z.literal('RULE_N_OF_M'),
			params: z.object({ minShare: z.number(), needed: z.number().int(), total: z.number().int(), floor: z.string().nullable(), requireEvidence: z.boolean() }),
		}),
		z.object({ code: z.literal('RULE_WEIGHTED_POINTS'), params: z.object({ minShare: z.number(), requireEvidence: z.boolean() }) }),
	])
	.meta({ description: 'The rule in words, as a message code and its parameters.' });
export type RuleDescription = z.output<typeof RuleDescriptionSchema>;

export const ReadinessSchema = z.object({
	meetsRule: z.boolean().meta({ description: 'Whether the ratings meet the readiness rule. Advice, never a verdict.' }),
	headline: HeadlineSchema,
	ruleDescription: RuleDescriptionSchema,
	blockers: z.array(BlockerSchema).meta({ description: 'What stands between the ratings and the rule, most important first.' }),
	counts: z.object({
		exceeds: z.number().int(),
		meets: z.number().int(),
		below: z.number().int(),
		unrated: z.number().int(),
	}),
	evidenceCoverage: z
		.object({ evidenced: z.number().int(), claimed: z.number().int() })
		.meta({ description: 'Ratings at or above the target with evidence, and without.' }),
	points: z
		.object({ scored: z.number(), needed: z.number(), available: z.number() })
		.optional()
		.meta({ description: 'For the weighted-points rule: points scored, needed and available.' }),
});
export type Readiness = z.output<typeof ReadinessSchema>;

export const GapReportSchema = z.object({
	format: z.literal(GAP_REPORT_FORMAT),
	person: PersonSchema,
	assessor: AssessorSchema,
	date: z.string(),
	current: LevelPointSchema.meta({ description: 'Where the person is now.' }),
	target: LevelPointSchema.meta({ description: 'Where the person aims.' }),
	roleSwitch: z.boolean().meta({ description: 'True when the target is on another ladder.' }),
	rule: ReadinessRuleSchema.meta({ description: 'The readiness rule applied, with its parameters.' }),
	scale: ReportScaleSchema,
	readiness: ReadinessSchema,
	competencies: z.array(CompetencyGapSchema).meta({ description: 'One entry per competency of the target ladder that applies at the target level (its `levels`).' }),
	leftBehind: z
		.array(z.object({ id: z.string(), name: z.string() }))
		.meta({ description: 'In a role switch, competencies of the current level the target ladder does not use.' }),
	notes: z.string().optional(),
	meta: z.record(z.string(), z.string()).optional().meta({ description: 'The assessment\'s `meta` (the host\'s own data, such as its id for the assessment), echoed back unchanged.' }),
});
/** A gap report, read-only: its expectation lists are the framework's own frozen arrays. */
export type GapReport = DeepReadonly<z.output<typeof GapReportSchema>>;

const CalibrationSideSchema = z.object({
	rating: RatingValueSchema.nullable(),
	status: z.enum(COMPETENCY_STATUSES),
	confidence: z.enum(['low', 'medium', 'high']).optional(),
	note: z.string().optional(),
	evidence: z.array(EvidenceSchema),
});

export const CalibrationReportSchema = z.object({
	format: z.literal(CALIBRATION_REPORT_FORMAT),
	person: PersonSchema,
	target: LevelPointSchema,
	scale: ReportScaleSchema,
	first: z.object({ assessor: AssessorSchema, date: z.string(), meetsRule: z.boolean() }),
	second: z.object({ assessor: AssessorSchema, date: z.string(), meetsRule: z.boolean() }),
	competencies: z
		.array(
			z.object({
				id: z.string(),
				name: z.string(),
				first: CalibrationSideSchema,
				second: CalibrationSideSchema,
				delta: z
					.number()
					.int()
					.nullable()
					.meta({ description: 'Second rating minus first, in scale steps; null when either is unrated.' }),
				agreement: z
					.enum(['agree', 'differ', 'discuss', 'incomplete'])
					.meta({ description: '`discuss` when the ratings are two or more steps apart.' }),
			}),
		)
		.meta({ description: 'Largest disagreements first.' }),
	summary: z.object({
		agree: z.number().int(),
		differ: z.number().int(),
		discuss: z.number().int(),
		incomplete: z.number().int(),
	}),
});
/** A calibration report, read-only like the gap reports it is made from. */
export type CalibrationReport = DeepReadonly<z.output<typeof CalibrationReportSchema>>;
