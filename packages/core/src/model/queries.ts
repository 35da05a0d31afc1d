import type { Framework, Matrix, ResolvedCompetency } from './framework.ts';
import type { Assessment } from '../schema/assessment.ts';
import type { Level } from '../schema/level.ts';
import type { Scale, ScaleValue } from '../schema/scale.ts';

/**
 * The ladder with this id.
 *
 * @example
 * const ladder = findMatrix(framework, 'support-representative');
 */
export const findMatrix = (framework: Framework, id: string): Matrix | undefined => framework.matrices.find((m) => m.id === id);

/**
 * The level with this id on a ladder.
 *
 * @example
 * findLevel(ladder, 'senior')?.title; // "Senior Support Representative"
 */
export const findLevel = (matrix: Matrix, id: string): Level | undefined => matrix.levels.find((l) => l.id === id);

/**
 * The competency with this id on a ladder.
 *
 * @example
 * findCompetency(ladder, 'customer-empathy')?.shared; // true
 */
export const findCompetency = (matrix: Matrix, id: string): ResolvedCompetency | undefined =>
	matrix.competencies.find((c) => c.id === id);

/**
 * A scale value's position (0 for the lowest), or -1 when the scale has no such value.
 *
 * @example
 * scaleRank(framework.scale, 'consistently'); // 2
 */
export const scaleRank = (scale: Scale, id: string | undefined): number =>
	id === undefined ? -1 : scale.values.findIndex((v) => v.id === id);

/**
 * The scale value with this id.
 *
 * @example
 * findScaleValue(framework.scale, 'role-model')?.label; // "Role model"
 */
export const findScaleValue = (scale: Scale, id: string): ScaleValue | undefined => scale.values.find((v) => v.id === id);

/**
 * Where an assessment aims: its target as a ladder id and a level id.
 *
 * @example
 * targetOf(assessment); // { matrix: 'support-representative', level: 'lead' }
 */
export const targetOf = (assessment: Pick<Assessment, 'matrix' | 'target'>): { matrix: string; level: string } =>
	typeof assessment.target === 'string' ? { matrix: assessment.matrix.id, level: assessment.target } : assessment.target;
