import { defaultServerConditions } from 'vite';
import { configDefaults, defineConfig } from 'vitest/config';

// Workspace packages are tested from source: the `@rungs/source` export condition points at src/*.ts.
const conditions = ['@rungs/source', ...defaultServerConditions];

export default defineConfig({
	resolve: { conditions },
	ssr: { resolve: { conditions } },
	test: {
		reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
		projects: [
			{ extends: true, test: { name: 'core', include: ['packages/core/test/**/*.test.ts'] } },
			{ extends: true, test: { name: 'cli', include: ['packages/cli/test/**/*.test.ts'] } },
			{ extends: true, test: { name: 'repo', include: ['tests/**/*.test.ts'], exclude: [...configDefaults.exclude, 'tests/site/**', 'tests/packaging/**'] } },
			// The packed packages, installed outside the workspace (needs the npm registry).
			{ extends: true, test: { name: 'packaging', include: ['tests/packaging/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 300_000 } },
			// Real Chromium against the built site: one file at a time, with room for a slow machine.
			{
				extends: true,
				test: { name: 'site', include: ['tests/site/**/*.test.ts'], fileParallelism: false, testTimeout: 60_000, hookTimeout: 120_000 },
			},
		],
	},
});
