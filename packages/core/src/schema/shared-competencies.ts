import { z } from 'zod';
import { valueRule } from '../messages/value-rules.ts';
import { DollarSchemaField } from './common.ts';
import { SharedCompetencySchema, type SharedCompetency } from './competency.ts';

export const SHARED_COMPETENCIES_FORMAT = 'rungs/shared-competencies@1';

/** `shared-competencies.yaml`: competencies defined once and used by several ladders. */
export const SharedCompetenciesFileSchema = z.strictObject({
	$schema: DollarSchemaField,
	format: z.literal(SHARED_COMPETENCIES_FORMAT).meta({ description: 'The kind and version of this file.' }),
	competencies: z
		.array(SharedCompetencySchema)
		.min(1, { error: valueRule('shared-none') })
		.meta({ description: 'Competencies written once, per band, so roles compare on the same ground.' }),
});
/** `shared-competencies.yaml` as written: statements may be plain strings. */
export type WrittenSharedCompetenciesFile = z.output<typeof SharedCompetenciesFileSchema>;
/** `shared-competencies.yaml` with every statement's id, written or derived (model/statement-ids.ts). */
export type SharedCompetenciesFile = Omit<WrittenSharedCompetenciesFile, 'competencies'> & { competencies: SharedCompetency[] };
