import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Framework } from '@rungs/core';
import { loadFramework } from '@rungs/core/node';

// The frameworks the career map's tests lay out: a folder of ladders loaded (or a clear failure), and
// a second organisation's (org-b, a kitchen) given the career paths a test needs, in its own folder.

export const repo = fileURLToPath(new URL('../', import.meta.url));

export async function loadLadders(dir: string): Promise<Framework> {
	const result = await loadFramework(dir);
	if (!result.ok) throw new Error(JSON.stringify(result.problems));
	return result.value;
}

/** org-b's ladders with a sous-chef destination and these `paths:` entries, copied under `scratch`. */
export async function kitchen(scratch: string, paths: readonly string[]): Promise<Framework> {
	const dir = mkdtempSync(join(scratch, 'org-b-'));
	cpSync(join(repo, 'tests/fixtures/org-b/ladders'), dir, { recursive: true });
	writeFileSync(
		join(dir, 'career-paths.yaml'),
		[
			'format: rungs/career-paths@1',
			'destinations:',
			'  - { id: sous-chef, title: Sous chef, kind: management, summary: Runs the kitchen when the head chef is away. }',
			'paths:',
			...paths.map((path) => `  - ${path}`),
		].join('\n'),
	);
	return loadLadders(dir);
}
