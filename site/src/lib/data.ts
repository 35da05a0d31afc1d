import { getCollection, getEntry } from 'astro:content';
import { calibrationMismatches, type Assessment, type Framework } from '@rungs/core';

let framework: Promise<Framework> | undefined;

/**
 * The resolved framework, as the content loader validated it. Read once per build: every page needs
 * it, and one shared object also keeps the library's per-framework index shared.
 */
export function getFramework(): Promise<Framework> {
	framework ??= readFramework();
	return framework;
}

async function readFramework(): Promise<Framework> {
	const entry = await getEntry('ladders', 'framework');
	if (!entry) throw new Error('The ladders collection is empty: check matrices/.');
	return entry.data as unknown as Framework;
}

export interface Example {
	id: string;
	assessment: Assessment;
}

/** The example assessments, in file-name order. */
export async function getExamples(): Promise<Example[]> {
	const entries = await getCollection('examples');
	return entries.map((e) => ({ id: e.id, assessment: e.data as unknown as Assessment })).sort((a, b) => a.id.localeCompare(b.id));
}

/** Pairs of examples that rate the same person against the same target by different assessors. */
export function calibrationPairs(examples: readonly Example[]): Array<{ id: string; first: Example; second: Example }> {
	const pairs: Array<{ id: string; first: Example; second: Example }> = [];
	examples.forEach((first, i) => {
		for (const second of examples.slice(i + 1)) {
			if (calibrationMismatches(first.assessment, second.assessment).length === 0 && first.assessment.assessor.role !== second.assessment.assessor.role) {
				const [a, b] = first.assessment.assessor.role === 'self' ? [first, second] : [second, first];
				pairs.push({ id: `${a.id}--${b.id}`, first: a, second: b });
			}
		}
	});
	return pairs;
}

