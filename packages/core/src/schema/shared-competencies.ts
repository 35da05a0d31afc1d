import { z } from 'zod';
import { DollarSchemaField } from './common.ts';
import { SharedCompetencySchema } from './competency.ts';

export const SHARED_COMPETENCIES_FORMAT = 'rungs/shared-competencies@1';

/** `shared-competencies.yaml`: competencies defined once and used by several ladders. */
export const SharedCompetenciesFileSchema = z.strictObject({
	$schema: DollarSchemaField,
	format: z.literal(SHARED_COMPETENCIES_FORMAT).meta({ description: 'The kind and version of this file.' }),
	competencies: z
		.array(SharedCompetencySchema)
		.min(1, { error: 'Define at least one shared competency.' })
		.meta({ description: 'Competencies written once, per band, so roles compare on the same ground.' }),
});
export type SharedCompetenciesFile = z.output<typeof SharedCompetenciesFileSchema>;
