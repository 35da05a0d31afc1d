import { readdirSync, readFileSync } from 'node:fs';
import { parseAssessment, parseFramework, type Assessment, type Framework, type SourceFile } from '@rungs/core';

const valid = new URL('./fixtures/valid/', import.meta.url);

/** The valid fixture framework's files, as in-memory sources named `fixtures/<file>`. */
export function validSources(): SourceFile[] {
	return readdirSync(valid)
		.filter((name) => name.endsWith('.yaml'))
		.sort()
		.map((name) => ({ path: `fixtures/${name}`, text: readFileSync(new URL(name, valid), 'utf8') }));
}

/** The valid fixture framework, resolved; fails loudly if it stopped being valid. */
export function validFramework(): Framework {
	const result = parseFramework(validSources());
	if (!result.ok) throw new Error(`The valid fixture framework has problems:\n${JSON.stringify(result.problems, null, 2)}`);
	return result.value;
}

/** An example assessment of the valid fixture set, parsed against its framework. */
export function exampleAssessment(name: string, framework = validFramework()): Assessment {
	const text = readFileSync(new URL(`examples/${name}`, valid), 'utf8');
	const result = parseAssessment({ path: name, text }, framework);
	if (!result.ok) throw new Error(`${name} has problems:\n${JSON.stringify(result.problems, null, 2)}`);
	return result.value;
}
