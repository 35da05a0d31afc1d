import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { coreDir, entryPoints, REPORTS_DIR } from '../scripts/api/entries.js';
import { writeApiReports } from '../scripts/api/report.js';
import { folderSnapshot } from './support/folder-snapshot.ts';

// The committed API reports (packages/core/etc/*.api.md) are the public surface of the sources
// today, so that a change to it cannot pass review unseen.
const out = mkdtempSync(join(tmpdir(), 'rungs-api-report-out-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('the API reports in packages/core/etc', () => {
	it('describe the public surface of the sources (run `pnpm api` if not)', () => {
		const warnings = writeApiReports(out);
		expect(warnings).toEqual([]);
		const fresh = folderSnapshot(out);
		expect(Object.keys(fresh)).toEqual(entryPoints().map((entry) => `${entry.slug}.api.md`).sort((a, b) => a.localeCompare(b)));
		const committed = folderSnapshot(`${coreDir}${REPORTS_DIR}`);
		expect(Object.keys(committed), 'files of packages/core/etc: run `pnpm api`').toEqual(Object.keys(fresh));
		for (const [name, text] of Object.entries(fresh)) expect(committed[name], `packages/core/etc/${name} is stale: run \`pnpm api\``).toBe(text);
		// One compiler program and one API Extractor run per entry: 30 s alone, past 120 s with other builds
		// on two cores. The bound catches a hang, not slowness.
	}, 360_000);
});
