import type { DeepReadonly } from './readonly.ts';
import { z } from 'zod';
import { AssessorSchema, PersonSchema } from './assessment.ts';
import { CalibrationReportSchema } from './gap-report.ts';
import { ASSESSORS_REPORT_FORMAT } from './formats.ts';

export { ASSESSORS_REPORT_FORMAT };

// The parts a calibration of two already defines, so that both reports read alike.
const calibration = CalibrationReportSchema.shape;
const SideSchema = calibration.competencies.element.shape.first;

/** The calibration of two, generalised to any number of assessors of one person towards one target. */
export const AssessorsReportSchema = z.object({
	format: z.literal(ASSESSORS_REPORT_FORMAT),
	person: PersonSchema,
	target: calibration.target,
	scale: calibration.scale,
	assessors: z
		.array(z.object({ assessor: AssessorSchema, date: z.string(), meetsRule: z.boolean() }))
		.meta({ description: 'Every assessment, in the order given; each competency\'s `ratings` follow this order.' }),
	competencies: z
		.array(
			z.object({
				id: z.string(),
				name: z.string(),
				ratings: z.array(SideSchema).meta({ description: 'Each assessor\'s rating, status, confidence, note and evidence, in the order of `assessors`.' }),
				spread: z
					.number()
					.int()
					.nullable()
					.meta({ description: 'Scale steps between the lowest and the highest rating; null when fewer than two assessors rated it.' }),
				agreement: z
					.enum(['agree', 'differ', 'discuss', 'incomplete'])
					.meta({ description: '`discuss` when two ratings are two or more steps apart; `incomplete` when fewer than two assessors rated it.' }),
			}),
		)
		.meta({ description: 'Widest spread first.' }),
	summary: calibration.summary,
});
/** A calibration of several assessors, read-only like the gap reports it is made from. */
export type AssessorsReport = DeepReadonly<z.output<typeof AssessorsReportSchema>>;
