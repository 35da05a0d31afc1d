import { availableParallelism } from 'node:os';
import { defaultServerConditions } from 'vite';
import { configDefaults, defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

// Workspace packages are tested from source: the `@rungs/source` export condition points at src/*.ts.
const conditions = ['@rungs/source', ...defaultServerConditions];

/*
 * Timeouts are generous on purpose: a test that waits on work, never on the clock, must not fail
 * because a shared CI machine is busy. What bounds the work is each test's own size (property tests
 * say how many runs), not a timeout.
 */
const unit = { testTimeout: 120_000, hookTimeout: 240_000 };

/*
 * The slowest files, slowest first (measured on the 2-core CI kind): started first, they overlap the
 * many short files instead of running alone at the end. Most of their time is spent waiting on
 * other processes (Chromium, the CLI, npm, tsc, astro), so two workers keep both cores busy even on
 * two cores, where vitest would otherwise start only one.
 */
const SLOWEST = [
	'tests/site/drafts.test.ts',
	'tests/site/pages.test.ts',
	'tests/site/assess.test.ts',
	'packages/cli/test/hostile-files.test.ts',
	'tests/site/hostile.test.ts',
	'tests/site/share-links.test.ts',
	'tests/packaging/sites.test.ts',
	'tests/packaging/packaging.test.ts',
	'tests/api-report.test.ts',
	'tests/jsdoc-examples.test.ts',
	'tests/regex-safety.test.ts',
	'packages/cli/test/hostile.test.ts',
	'packages/core/test/properties.test.ts',
	'packages/core/test/fast-path.property.test.ts',
	'packages/core/test/hostile.test.ts',
	'packages/cli/test/commands.test.ts',
	'tests/site/round-trip.test.ts',
	'packages/cli/test/rough-edges.test.ts',
	'tests/examples.test.ts',
	'tests/api-docs.test.ts',
	'packages/cli/test/cli.test.ts',
];
class SlowestFirst extends BaseSequencer {
	override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
		const rank = (file: TestSpecification) => {
			const index = SLOWEST.findIndex((name) => file.moduleId.endsWith(name));
			return index === -1 ? SLOWEST.length : index;
		};
		return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
	}
}

export default defineConfig({
	resolve: { conditions },
	ssr: { resolve: { conditions } },
	test: {
		reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
		maxWorkers: Math.max(2, availableParallelism() - 1),
		sequence: { sequencer: SlowestFirst },
		// A temporary cache folder (XDG_CACHE_HOME) for the whole run: the tests write nothing outside temporary folders.
		globalSetup: ['tests/support/isolate.ts'],
		projects: [
			{ extends: true, test: { name: 'core', include: ['packages/core/test/**/*.test.ts'], ...unit } },
			{ extends: true, test: { name: 'cli', include: ['packages/cli/test/**/*.test.ts'], ...unit } },
			{ extends: true, test: { name: 'create-rungs', include: ['packages/create-rungs/test/**/*.test.ts'], ...unit } },
			{ extends: true, test: { name: 'repo', include: ['tests/**/*.test.ts'], exclude: [...configDefaults.exclude, 'tests/site/**', 'tests/packaging/**'], ...unit } },
			// The packed packages, installed once outside the workspace (needs the npm registry).
			{ extends: true, test: { name: 'packaging', include: ['tests/packaging/**/*.test.ts'], testTimeout: 300_000, hookTimeout: 600_000 } },
			// Real Chromium against the built site: one server and one browser for all files (tests/site/_global.ts).
			{
				extends: true,
				test: {
					name: 'site',
					include: ['tests/site/**/*.test.ts'],
					globalSetup: ['tests/support/isolate.ts', 'tests/site/_global.ts'],
					// Tests marked concurrent (the accessibility check of each page) run three at a time.
					maxConcurrency: 3,
					// expect.poll waits on the page; its 1 s default is too short on a loaded CI machine
					// (a share link's compression once took longer beside other work).
					expect: { poll: { timeout: 30_000, interval: 100 } },
					testTimeout: 120_000,
					hookTimeout: 300_000,
				},
			},
		],
	},
});
