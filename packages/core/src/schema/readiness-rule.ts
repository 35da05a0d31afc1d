import { z } from 'zod';
import { valueRule } from '../messages/value-rules.ts';
import { IdSchema } from './common.ts';
import { MAX_POINTS } from './number-bounds.ts';

export { MAX_POINTS };

const requireEvidence = z
	.boolean()
	.default(false)
	.meta({
		description:
			'When true, a rating at or above the meeting rating with no evidence counts as claimed, not shown.',
	});

export const AllAtTargetRuleSchema = z
	.strictObject({
		rule: z.literal('all-at-target'),
		requireEvidence,
	})
	.meta({ description: 'Every competency meets the target level.' });

export const NOfMRuleSchema = z
	.strictObject({
		rule: z.literal('n-of-m'),
		minShare: z
			.number()
			.gt(0)
			.max(1)
			.meta({ description: 'The share of competencies that must meet the target, from 0 to 1, such as 0.75.' }),
		floor: IdSchema.optional().meta({
			description: 'No competency may be rated below this scale value, such as `developing`.',
		}),
		requireEvidence,
	})
	.meta({
		description:
			'Most competencies meet the target, none falls below a floor, and every required competency meets it.',
	});

export const WeightedPointsRuleSchema = z
	.strictObject({
		rule: z.literal('weighted-points'),
		points: z
			.record(
				IdSchema,
				z
					.number()
					.min(0, { error: valueRule('points-negative'), abort: true })
					.max(MAX_POINTS, { error: valueRule('points-too-many'), abort: true })
					.int({ error: valueRule('points-whole') }),
			)
			.optional()
			.meta({
				description: `Points per scale value, whole numbers from 0 to ${MAX_POINTS}; by default a value is worth its position on the scale (0, 1, 2 …).`,
			}),
		minShare: z
			.number()
			.gt(0)
			.max(1)
			.meta({ description: 'The share of the points available at the meeting rating that must be reached.' }),
		requireEvidence,
	})
	.meta({ description: 'Points per rating times competency weight, against a share of the points that meeting every expectation gives.' });

export const ReadinessRuleSchema = z
	.discriminatedUnion('rule', [AllAtTargetRuleSchema, NOfMRuleSchema, WeightedPointsRuleSchema])
	.meta({
		description:
			'How a gap report summarises readiness for a target level. Advice for a conversation, never a promotion verdict.',
	});
export type ReadinessRule = z.output<typeof ReadinessRuleSchema>;
export type ReadinessRuleInput = z.input<typeof ReadinessRuleSchema>;
export const READINESS_RULE_IDS = ['all-at-target', 'n-of-m', 'weighted-points'] as const;
export type ReadinessRuleId = (typeof READINESS_RULE_IDS)[number];
