// What the `@example` blocks of @rungs/core take as given: a framework loaded from the real
// matrices/, an assessment, a self and a manager assessment, a gap report … Each example module
// imports these (tests/jsdoc-examples.test.ts), through the package's public entries only, so an
// example that compiles and runs here compiles and runs for a caller who has the same values.
// An example may use no other free name: name a new one here, with a value a caller would have.
import { mkdtempSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assess, compareAssessments, findLadder, validateAssessment, type CalibrationReport, type Framework, type GapReport, type Ladder, type Problem, type Result, type SourceFile, type ValidatedAssessment } from '@rungs/core';
import { loadAssessment, loadFramework, readSourceFile } from '@rungs/core/node';
import { planGrowth, trackProgress, type GrowthPlan, type ProgressReport } from '@rungs/core/team';

const root = new URL('../../', import.meta.url);
const matricesDir = new URL('matrices/', root).pathname;

function ok<T>(result: Result<T>, what: string): T {
	if (!result.ok) throw new Error(`The examples' ${what} did not load: ${JSON.stringify(result.problems)}`);
	return result.value;
}

async function source(path: string): Promise<SourceFile> {
	const read = await readSourceFile(join(matricesDir, path));
	if (!read.file) throw new Error(`The examples' ${path} did not read: ${JSON.stringify(read.problems)}`);
	return read.file;
}

async function example(name: string): Promise<ValidatedAssessment> {
	return ok(await loadAssessment(join(matricesDir, 'examples', name), framework), name);
}

/** Files an example writes (`writeFile('me.yaml', …)`) land in a temporary folder, never in the repository. */
const scratch = mkdtempSync(join(tmpdir(), 'rungs-examples-'));
const inScratch = (path: string) => join(scratch, path);
export const writeFile = (path: string, data: string) => fs.writeFile(inScratch(path), data);
export const readFile = async (path: string, encoding: 'utf8') => {
	// What an example has just written there, or else an assessment from matrices/examples.
	try {
		return await fs.readFile(inScratch(path), encoding);
	} catch {
		return (await source('examples/new-representative.yaml')).text;
	}
};
export const mkdir = async (path: string) => {
	await fs.writeFile(inScratch('out'), 'a file where a folder is wanted');
	return fs.mkdir(inScratch(path));
};

export const framework: Framework = ok(await loadFramework(matricesDir), 'matrices');
export const result = await loadFramework(matricesDir);
export const scale = framework.scale;
export const ladder: Ladder = findLadder(framework, 'support-representative')!;
/** Two versions of one ladder, as `diff` and `migrate` compare them. */
export const before: Ladder = ladder;
export const after: Ladder = ladder;
export const ladderAtV1: Ladder = ladder;
export const ladderNow: Ladder = ladder;

export const assessment: ValidatedAssessment = await example('representative-ready-for-senior.yaml');
export const migrated: ValidatedAssessment = assessment;
export const self: ValidatedAssessment = await example('engineer-aiming-senior-self.yaml');
export const manager: ValidatedAssessment = await example('engineer-aiming-senior-manager.yaml');
export const report: GapReport = ok(assess(framework, assessment), 'gap report');
/** Self and manager compared, as `compareAssessments` gives it. */
export const calibration: CalibrationReport = ok(compareAssessments(framework, self, manager), 'calibration');
/** A team's assessments and their gap reports, as the team view takes them. */
export const assessments: ValidatedAssessment[] = [assessment, self, manager];
/** A peer's assessment of the same person as `self` and `manager`, for a calibration of several assessors. */
export const peer: ValidatedAssessment = ok(validateAssessment({ ...manager, assessor: { role: 'peer', name: 'Sam' }, date: '2026-12-09' }, framework), 'a peer assessment');
export const reports: GapReport[] = assessments.map((a) => ok(assess(framework, a), 'a team member\'s gap report'));

/** Assessment files as a host holds them: text, bytes, a line of a JSON Lines batch, an upload. */
export const selfFile: SourceFile = await source('examples/engineer-aiming-senior-self.yaml');
export const managerFile: SourceFile = await source('examples/engineer-aiming-senior-manager.yaml');
export const text: string = (await source('examples/representative-ready-for-senior.yaml')).text;
export const frameworkText: string = (await source('framework.yaml')).text;
export const ladderText: string = (await source('support-representative.yaml')).text;
export const line: string = JSON.stringify(assessment);
export const n = 3;
export const lineBytes: Uint8Array = new TextEncoder().encode(line);
export const blob: Blob = new Blob([text]);
export const response: Response = new Response(line);

/** Problems, as a broken ladder gives them. */
const broken = await loadFramework(join(matricesDir, 'no-such-folder'));
export const problems: readonly Problem[] = broken.ok ? [] : broken.problems;
export const problem: Problem = problems[0]!;

/** The labels of the rating scale, lowest first, and the rank that meets expectations, for the charts. */
export const scaleLabels: string[] = framework.scale.values.map((value) => value.label);
export const meetsRank: number = framework.scale.values.findIndex((value) => value.id === framework.scale.meets);

/** Elements of a page a renderer's HTML goes into. */
export const main = { innerHTML: '' };
export const figure = { innerHTML: '' };
/** One person over time: an earlier assessment, the ladder it was made on, and their progress and plan. */
export const now: ValidatedAssessment = assessment;
export const lastYear: ValidatedAssessment = ok(validateAssessment({ ...assessment, date: '2025-12-01' }, framework), 'an earlier assessment');
export const ladderThen: Ladder = ladder;
export const progress: ProgressReport = ok(trackProgress(framework, now, [lastYear]), 'progress');
export const plan: GrowthPlan = ok(planGrowth(framework, report), 'a growth plan');
export const section = { innerHTML: '' };

/** Astro's `defineCollection` (from `astro:content`), which hands its configuration back. */
export const defineCollection = <T>(config: T): T => config;
