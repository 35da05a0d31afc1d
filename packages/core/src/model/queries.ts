import type { Framework, Ladder, ResolvedCompetency } from './framework.ts';
import type { Assessment } from '../schema/assessment.ts';
import type { Level } from '../schema/level.ts';
import type { Scale, ScaleValue } from '../schema/scale.ts';

/**
 * The ladder with this id.
 *
 * @example
 * const ladder = findLadder(framework, 'support-representative');
 */
export const findLadder = (framework: Framework, id: string): Ladder | undefined => framework.ladders.find((m) => m.id === id);

/**
 * The level with this id on a ladder.
 *
 * @example
 * findLevel(ladder, 'senior')?.title; // "Senior Support Representative"
 */
export const findLevel = (ladder: Ladder, id: string): Level | undefined => ladder.levels.find((l) => l.id === id);

/**
 * The competency with this id on a ladder.
 *
 * @example
 * findCompetency(ladder, 'customer-empathy')?.shared; // true
 */
export const findCompetency = (ladder: Ladder, id: string): ResolvedCompetency | undefined =>
	ladder.competencies.find((c) => c.id === id);

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
 * targetOf(assessment); // { ladder: 'support-representative', level: 'lead' }
 */
export const targetOf = (assessment: Pick<Assessment, 'ladder' | 'target'>): { ladder: string; level: string } =>
	typeof assessment.target === 'string' ? { ladder: assessment.ladder.id, level: assessment.target } : assessment.target;
