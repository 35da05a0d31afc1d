import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { root } from '../scripts/api/entries.js';
import { type JsdocExample, publicSurface } from './support/jsdoc-examples.ts';

// Every `@example` in the public JSDoc of @rungs/core (what the API reference shows) is a module
// that compiles under strict TypeScript against the package's public entries and runs against the
// real matrices/. The values an example takes as given (`framework`, `assessment`, `report` …)
// come from tests/support/example-prelude.ts.

const prelude = fileURLToPath(new URL('support/example-prelude.ts', import.meta.url));
const preludeNames = [...readFileSync(prelude, 'utf8').matchAll(/^export (?:const|async function|function) (\w+)/gm)].map((m) => m[1]!);
const { examples, values } = publicSurface();

interface ExampleModule {
	example: JsdocExample;
	file: string;
	/** Lines before the example's own first line, to give diagnostics the example's line numbers. */
	offset: number;
}

/** The example as a module: every public value and every prelude value imported, its own code in a block of its own. */
function moduleOf(example: JsdocExample): { text: string; offset: number } {
	const lines = example.code.split('\n');
	const ownImports = lines.filter((l) => /^import\s/.test(l));
	const body = lines.map((l) => (/^import\s/.test(l) ? '' : l.replace(/^export\s+(?=const|let|function|async|class)/, '')));
	const imported = new Set(ownImports.flatMap((l) => [...(/\{([^}]*)\}/.exec(l)?.[1] ?? '').matchAll(/(?:\w+\s+as\s+)?(\w+)/g)].map((m) => m[1]!)));
	const header = [
		`// ${example.specifier}: ${example.name}`,
		...[...values].map(([specifier, names]) => `import { ${names.filter((n) => !imported.has(n)).join(', ')} } from '${specifier}';`),
		`import { ${preludeNames.filter((n) => !imported.has(n)).join(', ')} } from ${JSON.stringify(prelude)};`,
		...ownImports,
		'{',
	];
	return { text: [...header, ...body, '}', 'export {};', ''].join('\n'), offset: header.length };
}

const work = mkdtempSync(join(tmpdir(), 'rungs-jsdoc-examples-'));
const modules: ExampleModule[] = examples.map((example, index) => {
	const { text, offset } = moduleOf(example);
	const file = join(work, `${String(index).padStart(3, '0')}-${example.name.replace(/\W+/g, '-')}.ts`);
	writeFileSync(file, text);
	return { example, file, offset };
});
// The modules resolve `@rungs/core` as the tests do (its source, through the `@rungs/source` condition) and are ES modules.
symlinkSync(join(root, 'tests/node_modules'), join(work, 'node_modules'), 'dir');
writeFileSync(join(work, 'package.json'), '{ "type": "module" }\n');
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Strict type errors of every example module, by file, with the example's own line numbers. */
let diagnostics: Map<string, string[]>;
beforeAll(() => {
	const program = ts.createProgram(
		modules.map((m) => m.file),
		{
			strict: true,
			noUncheckedIndexedAccess: true,
			noEmit: true,
			target: ts.ScriptTarget.ES2022,
			module: ts.ModuleKind.NodeNext,
			moduleResolution: ts.ModuleResolutionKind.NodeNext,
			customConditions: ['@rungs/source'],
			allowImportingTsExtensions: true,
			skipLibCheck: true,
			lib: ['lib.es2023.d.ts', 'lib.dom.d.ts'],
			types: ['node'],
			typeRoots: [join(root, 'node_modules/@types')],
		},
	);
	diagnostics = new Map([[prelude, []], ...modules.map((m) => [m.file, []] as [string, string[]])]);
	for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
		const file = diagnostic.file?.fileName;
		const module = file === prelude ? { file, offset: 0 } : modules.find((m) => m.file === file);
		if (!module) continue;
		const { line, character } = diagnostic.file!.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
		diagnostics.get(module.file)!.push(`line ${line - module.offset + 1}:${character + 1} TS${diagnostic.code} ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`);
	}
	mkdirSync(join(work, 'scratch'), { recursive: true });
}, 240_000);

describe('the @example blocks of the public API', () => {
	it('take their values from a prelude that compiles', () => {
		expect(diagnostics.get(prelude)).toEqual([]);
	});

	it('are found, for the functions of every entry point', () => {
		expect(examples.length).toBeGreaterThan(40);
		expect(new Set(examples.map((e) => e.specifier))).toEqual(new Set(values.keys()));
	});

	describe.each(modules.map((m) => [`${m.example.specifier} ${m.example.name}`, m] as const))('%s', (_name, module) => {
		it('compiles under strict TypeScript', () => {
			expect(diagnostics.get(module.file), `${module.example.code}\n\nas a module: ${module.file}`).toEqual([]);
		});

		it('runs', async () => {
			const exitCode = process.exitCode;
			// What an example prints is for its reader, not for the test log.
			const quiet = [vi.spyOn(console, 'log').mockImplementation(() => {}), vi.spyOn(console, 'warn').mockImplementation(() => {}), vi.spyOn(console, 'error').mockImplementation(() => {}), vi.spyOn(process.stdout, 'write').mockImplementation(() => true), vi.spyOn(process.stderr, 'write').mockImplementation(() => true)];
			try {
				await import(pathToFileURL(module.file).href);
			} finally {
				for (const spy of quiet) spy.mockRestore();
				process.exitCode = exitCode;
			}
		});
	});
});
