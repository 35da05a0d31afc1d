import { readFileSync } from 'node:fs';
import { formatProblems, parseAssessment, parseFramework, type Framework, type Result, type SourceFile, type ValidatedAssessment } from '@rungs/core';

const valid = new URL('./fixtures/valid/', import.meta.url);

/** The valid fixture framework's files, in a fixed order: a clash is reported in the later file, and fixtures name engineer.yaml. */
const VALID_FILES = ['framework', 'shared-competencies', 'career-paths', 'rep', 'engineer'] as const;

/** The valid fixture framework's files, as in-memory sources named `fixtures/<file>`. */
export function validSources(): SourceFile[] {
	return VALID_FILES.map((name) => ({ path: `fixtures/${name}.yaml`, text: readFileSync(new URL(`${name}.yaml`, valid), 'utf8') }));
}

/** Where tests put an assessment of the valid fixture framework. */
export const ASSESSMENT_PATH = 'fixtures/examples/assessment.yaml';

/** The valid set with one file replaced, or added when the set has no file of that path. */
export function withFile(sources: readonly SourceFile[], file: SourceFile): SourceFile[] {
	const index = sources.findIndex((s) => s.path === file.path);
	return index === -1 ? [...sources, file] : sources.map((s, i) => (i === index ? file : s));
}

let framework: Framework | undefined;
/** The valid fixture framework, resolved once; fails loudly if it stopped being valid. */
export function validFramework(): Framework {
	if (framework) return framework;
	const result = parseFramework(validSources());
	if (!result.ok) throw new Error(`The valid fixture framework has problems:\n${formatProblems(result.problems)}`);
	return (framework = result.value);
}

/** An example assessment of the valid fixture set, parsed against its framework. */
export function exampleAssessment(name: string, framework = validFramework()): ValidatedAssessment {
	const text = readFileSync(new URL(`examples/${name}`, valid), 'utf8');
	const result = parseAssessment({ path: name, text }, framework);
	if (!result.ok) throw new Error(`${name} has problems:\n${JSON.stringify(result.problems, null, 2)}`);
	return result.value;
}

/** A result's value, for a test that expects success: fails loudly, with the problems, otherwise. */
export function valueOf<T>(result: Result<T>): T {
	if (!result.ok) throw new Error(`Expected success, got:\n${formatProblems(result.problems)}`);
	return result.value;
}

/** A type with every readonly removed, all the way down: a test's edited copy of a frozen framework. */
export type Writable<T> = T extends (...args: never[]) => unknown ? T : T extends ReadonlyArray<infer Item> ? Writable<Item>[] : T extends object ? { -readonly [Key in keyof T]: Writable<T[Key]> } : T;

/** A deep copy that a test may edit (a parsed framework is frozen): what a careless host might pass. */
export const editableCopy = <T>(value: T): Writable<T> => structuredClone(value) as Writable<T>;

/** A hand-built assessment declared validated: the cast a test makes to reach past the brand. */
export const asValidated = <T>(assessment: T): T & ValidatedAssessment => assessment as T & ValidatedAssessment;
