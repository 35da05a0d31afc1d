import type { DeepReadonly } from './readonly.ts';
import { z } from 'zod';
import { BandSchema, IdSchema, LabelSchema, TextSchema, UrlSchema } from './common.ts';

export const DecisionSchema = z.strictObject({
	id: IdSchema.meta({
		description: 'Stable identifier, repeated at higher levels so the site can show how the limit grows.',
	}),
	text: TextSchema.meta({ description: 'What the person may decide alone, such as "Credit an account after a service failure".' }),
	limit: TextSchema.optional().meta({
		description: 'The limit at this level, in words, such as "up to one billing period".',
	}),
});
export type Decision = DeepReadonly<z.output<typeof DecisionSchema>>;

export const AuthoritySchema = z.strictObject({
	decideAlone: z
		.array(DecisionSchema)
		.min(1, { error: 'List at least one decision this level takes alone.' })
		.meta({ description: 'Decisions this level takes without asking anyone, with their limits.' }),
	outOfScope: z
		.array(TextSchema)
		.min(1, { error: 'List at least one thing that is out of scope at this level.' })
		.meta({ description: 'What this level normally leaves to others, and to whom; guardrails, not walls.' }),
	tooSafe: z.array(TextSchema).default([]).meta({ description: 'The over-cautious side of the guardrails: what would be too safe at this level.' }),
	escalateWhen: z
		.array(TextSchema)
		.min(1, { error: 'List at least one situation that calls for escalation at this level.' })
		.meta({ description: 'Situations in which this level brings someone else in, and who.' }),
});
export type Authority = DeepReadonly<z.output<typeof AuthoritySchema>>;

export const LevelSchema = z.strictObject({
	id: IdSchema.meta({ description: 'Stable identifier used in assessments and page addresses, such as `senior`.' }),
	title: LabelSchema.meta({ description: 'The job title at this level, such as "Senior Support Representative".' }),
	band: BandSchema.meta({
		description:
			'Radford-like band: a category letter (P professional, M management, S support) and a number. Shared competencies are written per band.',
	}),
	summary: TextSchema.meta({ description: 'One sentence that tells this level apart from its neighbours.' }),
	scope: TextSchema.meta({ description: 'How big and how complex the work is at this level.' }),
	ownership: TextSchema.meta({ description: 'How much autonomy and accountability this level has.' }),
	initiative: TextSchema.meta({ description: 'How far this level reaches beyond its own work.' }),
	authority: AuthoritySchema.meta({
		description: 'Responsible freedom: what this level decides alone, what is out of scope, and when to escalate.',
	}),
	metricsUrl: UrlSchema.optional().meta({
		description: 'Where this level\'s numeric targets live, if any. Numbers stay out of the matrix.',
	}),
});
export type Level = DeepReadonly<z.output<typeof LevelSchema>>;
