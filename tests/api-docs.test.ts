import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeApiDocs } from '../scripts/api/docs.js';
import { coreDir, DOCS_DIR, entryPoints } from '../scripts/api/entries.js';
import { folderSnapshot } from './support/folder-snapshot.ts';

// The committed API reference (packages/core/docs/api) is what TypeDoc makes of the sources today.
const out = mkdtempSync(join(tmpdir(), 'rungs-api-docs-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('the API reference in packages/core/docs/api', () => {
	it('is in step with the sources and their JSDoc (run `pnpm api` if not)', async () => {
		await writeApiDocs(out);
		const fresh = folderSnapshot(out);
		const committed = folderSnapshot(`${coreDir}${DOCS_DIR}`);
		expect(Object.keys(committed), 'files of packages/core/docs/api: run `pnpm api`').toEqual(Object.keys(fresh));
		for (const [name, text] of Object.entries(fresh)) expect(committed[name], `packages/core/docs/api/${name} is stale: run \`pnpm api\``).toBe(text);
		// TypeDoc over every entry: 30 s alone, far more beside other builds on two cores; the bound catches a hang.
	}, 360_000);

	it('has a page for every entry point of the package, each naming its specifier', () => {
		const committed = folderSnapshot(`${coreDir}${DOCS_DIR}`);
		for (const entry of entryPoints()) {
			const page = Object.entries(committed).find(([, text]) => text.startsWith(`# ${entry.specifier}\n`));
			expect(page, entry.specifier).toBeDefined();
		}
	});

	it('names types in signatures instead of expanding them', () => {
		const main = folderSnapshot(`${coreDir}${DOCS_DIR}`)['core.md']!;
		const assess = main.slice(main.indexOf('### assess()'), main.indexOf('***', main.indexOf('### assess()')));
		expect(assess).toMatch(/\| `assessment` \| \[`(?:Validated)?Assessment`\]\(#[\w-]+\) \|/);
		// The zod-inferred object literal of an assessment (2.5 KB in the old reference) appears nowhere in it.
		expect(assess).not.toContain('assessor');
		expect(assess.length).toBeLessThan(2500);
	});
});
