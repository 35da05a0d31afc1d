import { z } from 'zod';
import { valueRule } from '../messages/value-rules.ts';
import { boundedString, DollarSchemaField, IdSchema, LabelSchema, SourceSchema, TEXT_LIMITS, TextSchema } from './common.ts';
import { HouseRulesSchema } from './house-rules.ts';
import { ReadinessRuleSchema } from './readiness-rule.ts';
import { ScaleSchema } from './scale.ts';
import { LanguageSchema } from './translation.ts';

export const FRAMEWORK_FORMAT = 'rungs/framework@1';

export const CategorySchema = z.strictObject({
	id: IdSchema.meta({ description: 'Identifier that competencies use in their `category` field.' }),
	name: LabelSchema.meta({ description: 'The category as people say it, such as "Customer craft".' }),
	description: TextSchema.optional().meta({ description: 'What the competencies in this category have in common.' }),
});
export type Category = z.output<typeof CategorySchema>;

/** `framework.yaml`: what every ladder of an organisation shares. */
export const FrameworkFileSchema = z.strictObject({
	$schema: DollarSchemaField,
	format: z.literal(FRAMEWORK_FORMAT).meta({ description: 'The kind and version of this file.' }),
	id: IdSchema.meta({ description: 'Identifier of the framework, such as `support`.' }),
	title: LabelSchema.meta({ description: 'The framework\'s name, shown on the site.' }),
	summary: TextSchema.optional().meta({ description: 'What the framework is for, in a few sentences.' }),
	language: LanguageSchema.optional().meta({
		description: 'The language the ladders are written in, as a lower-case BCP 47 tag such as `en` or `fr`; `en` when absent. Translations live in `i18n/<language>/` beside the ladders.',
	}),
	license: LabelSchema.optional().meta({ description: 'Licence of the framework\'s content, such as `CC-BY-4.0`; a ladder without its own licence has this one.' }),
	sources: z.array(SourceSchema).default([]).meta({ description: 'Where the framework\'s ideas come from.' }),
	scale: ScaleSchema.meta({ description: 'The rating words people use in assessments.' }),
	categories: z
		.array(CategorySchema)
		.min(1, { error: valueRule('categories-none') })
		.meta({ description: 'Competency categories, in display order.' }),
	readiness: ReadinessRuleSchema.meta({
		description: 'The default readiness rule of every ladder; a ladder may choose another.',
	}),
	bandPattern: boundedString(TEXT_LIMITS.pattern, 'pattern')
		.optional()
		.meta({
			description:
				'A regular expression every band matches, such as `^(IC|M)[0-9]{1,2}$`; `^[A-Z][1-9]$` when absent. Bands are ordered by their trailing number within the same prefix (IC4 before IC10).',
		}),
	rules: HouseRulesSchema.optional().meta({
		description:
			'House rules: rule name → `error` (fails validation), `warning` (fails only `--strict`) or `off`; `{ severity, max }` for the counting rules. Rules left out keep their defaults, which fit a new organisation.',
	}),
	ladders: z
		.array(IdSchema)
		.optional()
		.meta({ description: 'Ladder ids in the order the site shows them; ladders not listed follow in file-name order.' }),
});
export type FrameworkFile = z.output<typeof FrameworkFileSchema>;
