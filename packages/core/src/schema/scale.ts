import type { DeepReadonly } from './readonly.ts';
import { z } from 'zod';
import { valueRule } from '../messages/value-rules.ts';
import { IdSchema, LabelSchema, TextSchema } from './common.ts';

export const ScaleValueSchema = z.strictObject({
	id: IdSchema.meta({ description: 'Identifier used in assessment files, such as `consistently`.' }),
	label: LabelSchema.meta({ description: 'The word people see, such as "Consistently".' }),
	anchor: TextSchema.meta({
		description: 'What this rating means in plain language, so two people rate alike.',
	}),
});
export type ScaleValue = DeepReadonly<z.output<typeof ScaleValueSchema>>;

export const ScaleSchema = z.strictObject({
	values: z
		.array(ScaleValueSchema)
		.min(2, { error: valueRule('scale-too-few') })
		.max(7, { error: valueRule('scale-too-many') })
		.meta({ description: 'The ratings from lowest to highest.' }),
	meets: IdSchema.meta({
		description:
			'The lowest rating that counts as meeting an expectation; ratings above it count as exceeding it.',
	}),
});
export type Scale = DeepReadonly<z.output<typeof ScaleSchema>>;
