import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cruise, type ICruiseResult, type IConfiguration } from 'dependency-cruiser';
import { describe, expect, it } from 'vitest';

// The layer cake of @rungs/core and the public-entries rule, as written in .dependency-cruiser.cjs.
const root = fileURLToPath(new URL('..', import.meta.url));
const config = createRequire(import.meta.url)(join(root, '.dependency-cruiser.cjs')) as IConfiguration;
const layerRules = (config.forbidden ?? []).filter((rule) => rule.name?.startsWith('layer-'));

async function violations(baseDir: string, paths: string[]): Promise<string[]> {
	const { output } = await cruise(paths, { ...config.options, validate: true, ruleSet: { forbidden: config.forbidden }, baseDir, outputType: 'json' });
	const result = (typeof output === 'string' ? JSON.parse(output) : output) as ICruiseResult;
	return result.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`);
}

describe('the architecture', () => {
	it('has a layer for every folder of packages/core/src', () => {
		const folders = readdirSync(join(root, 'packages/core/src'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
		expect(layerRules.map((rule) => rule.name!.slice('layer-'.length)).sort()).toEqual(folders.sort());
	});

	it(
		'keeps core in layers without cycles, and the CLI, site and tests on public entries with YAML only through core',
		async () => {
			const found = await violations(root, ['packages/core/src', 'packages/cli/src', 'packages/cli/test', 'packages/astro/src', 'site/src', 'tests']);
			expect(found, `run \`npx depcruise packages site/src tests --config .dependency-cruiser.cjs\` for details`).toEqual([]);
		},
		120_000,
	);

	it(
		'would catch an upward import, a cycle and a reach into core\'s internals',
		async () => {
			const scratch = mkdtempSync(join(tmpdir(), 'rungs-architecture-'));
			const write = (path: string, text: string) => {
				mkdirSync(dirname(join(scratch, path)), { recursive: true });
				writeFileSync(join(scratch, path), text);
			};
			write('packages/core/src/schema/limits.ts', "import { lookup } from '../model/queries.ts';\nexport const limit = lookup;\n");
			write('packages/core/src/model/queries.ts', "import { limit } from '../schema/limits.ts';\nexport const lookup = () => limit;\n");
			write('packages/cli/src/main.ts', "import { lookup } from '../../core/src/model/queries.ts';\nexport const main = lookup;\n");
			const found = await violations(scratch, ['packages']);
			expect(found).toEqual(
				expect.arrayContaining([
					'layer-schema: packages/core/src/schema/limits.ts → packages/core/src/model/queries.ts',
					expect.stringMatching(/^no-cycles: /),
					'core-only-through-entries: packages/cli/src/main.ts → packages/core/src/model/queries.ts',
				]),
			);
		},
		120_000,
	);
});
