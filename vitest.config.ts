import { defaultServerConditions } from 'vite';
import { configDefaults, defineConfig } from 'vitest/config';

// Workspace packages are tested from source: the `@rungs/source` export condition points at src/*.ts.
const conditions = ['@rungs/source', ...defaultServerConditions];

/*
 * Timeouts are generous on purpose: a test that waits on work, never on the clock, must not fail
 * because a shared CI machine is busy. What bounds the work is each test's own size (property tests
 * say how many runs), not a timeout.
 */
const unit = { testTimeout: 60_000, hookTimeout: 120_000 };

export default defineConfig({
	resolve: { conditions },
	ssr: { resolve: { conditions } },
	test: {
		reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
		// A temporary cache folder (XDG_CACHE_HOME) for the whole run: the tests write nothing outside temporary folders.
		globalSetup: ['tests/support/isolate.ts'],
		projects: [
			{ extends: true, test: { name: 'core', include: ['packages/core/test/**/*.test.ts'], ...unit } },
			{ extends: true, test: { name: 'cli', include: ['packages/cli/test/**/*.test.ts'], ...unit } },
			{ extends: true, test: { name: 'repo', include: ['tests/**/*.test.ts'], exclude: [...configDefaults.exclude, 'tests/site/**', 'tests/packaging/**'], ...unit } },
			// The packed packages, installed once outside the workspace (needs the npm registry).
			{ extends: true, test: { name: 'packaging', include: ['tests/packaging/**/*.test.ts'], testTimeout: 300_000, hookTimeout: 600_000 } },
			// Real Chromium against the built site: one server and one browser for all files (tests/site/_global.ts), one file at a time.
			{
				extends: true,
				test: {
					name: 'site',
					include: ['tests/site/**/*.test.ts'],
					globalSetup: ['tests/site/_global.ts'],
					fileParallelism: false,
					// Tests marked concurrent (the accessibility check of each page) run three at a time.
					maxConcurrency: 3,
					testTimeout: 120_000,
					hookTimeout: 300_000,
				},
			},
		],
	},
});
