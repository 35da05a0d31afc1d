import { readFileSync } from 'node:fs';
import { formatProblems, parseAssessment, parseFramework, type Assessment, type Framework, type SourceFile } from '@rungs/core';

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
export function exampleAssessment(name: string, framework = validFramework()): Assessment {
	const text = readFileSync(new URL(`examples/${name}`, valid), 'utf8');
	const result = parseAssessment({ path: name, text }, framework);
	if (!result.ok) throw new Error(`${name} has problems:\n${JSON.stringify(result.problems, null, 2)}`);
	return result.value;
}
