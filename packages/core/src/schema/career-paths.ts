import { z } from 'zod';
import { valueRule } from '../messages/value-rules.ts';
import { DollarSchemaField, IdSchema, LabelSchema, TextSchema, UrlSchema } from './common.ts';

export const CAREER_PATHS_FORMAT = 'rungs/career-paths@1';

export const LevelRefSchema = z.strictObject({
	ladder: IdSchema.meta({ description: 'The ladder\'s id.' }),
	level: IdSchema.meta({ description: 'A level id of that ladder.' }),
});
export type LevelRef = z.output<typeof LevelRefSchema>;

export const DestinationSchema = z.strictObject({
	id: IdSchema.meta({ description: 'Identifier used as `to: { role: … }` in paths.' }),
	title: LabelSchema.meta({ description: 'The role, such as "Support Team Lead".' }),
	kind: z.enum(['management', 'other']).meta({ description: '`management` for people-management roles.' }),
	summary: TextSchema.meta({ description: 'What the role is and why it is not on a ladder here.' }),
	url: UrlSchema.optional().meta({ description: 'Where that role\'s own framework lives.' }),
});
export type Destination = z.output<typeof DestinationSchema>;

export const PathSchema = z.strictObject({
	from: LevelRefSchema.meta({ description: 'Where the move starts.' }),
	to: z
		.union([LevelRefSchema, z.strictObject({ role: IdSchema.meta({ description: 'A destination id.' }) })])
		.meta({ description: 'A ladder level, or `{ role: <destination id> }` for a role outside these ladders.' }),
	kind: z
		.enum(['across', 'up', 'management'])
		.meta({ description: '`across` to another ladder at a similar band, `up` to a higher band elsewhere, `management` to leading people.' }),
	note: TextSchema.meta({ description: 'What the move involves and who it suits.' }),
});
export type Path = z.output<typeof PathSchema>;

/** `career-paths.yaml`: moves between ladders, and to roles outside them. Moves up one ladder are implied. */
export const CareerPathsFileSchema = z.strictObject({
	$schema: DollarSchemaField,
	format: z.literal(CAREER_PATHS_FORMAT).meta({ description: 'The kind and version of this file.' }),
	destinations: z
		.array(DestinationSchema)
		.default([])
		.meta({ description: 'Roles outside these ladders that paths lead to, such as people management.' }),
	paths: z.array(PathSchema).min(1, { error: valueRule('paths-none') }).meta({ description: 'Moves between ladders.' }),
});
export type CareerPathsFile = z.output<typeof CareerPathsFileSchema>;
