import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { convertToTSX } from '@astrojs/compiler';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';

/*
 * Every regular expression that Rungs runs on what people give it, through a ReDoS checker: a pattern
 * that can backtrack super-linearly turns one long value into minutes of work (the address check
 * `^https?:\/\/[^\s/?#]+\S*$` took 192 s on a 400 KB assessment). The patterns are collected from the
 * sources themselves, not listed by hand, so a new one cannot slip past: every regex literal and every
 * `RegExp(…)` call in every package's src folder and in site/src (`.astro` files through the
 * Astro compiler, which keeps their scripts and template expressions), every `pattern` in the
 * generated JSON Schemas (which editors and other validators run), and the YAML parser's own tests
 * of plain scalars. A `RegExp` built from a variable
 * cannot be read statically: it must be listed in DYNAMIC below with what it is built to.
 *
 * The checker is recheck's pure JavaScript backend: no native binary, no Java, no network, and with a
 * fixed seed, no overall time limit and attack timings far above a linear match's, its verdict does
 * not depend on how loaded the machine is.
 */

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** Every package's sources and the site's: a new package is checked without being listed. */
const SOURCES = [
	...readdirSync(join(ROOT, 'packages'))
		.map((name) => `packages/${name}/src`)
		.filter((dir) => existsSync(join(ROOT, dir))),
	'site/src',
];

/** `new RegExp` calls whose pattern is computed: the file, and every pattern it can build. */
const DYNAMIC: Record<string, Array<{ source: string; flags: string }>> = {
	// mayBeTooDeep: MAX_INDENT (256) + 1 indentation steps at a line start.
	'packages/core/src/source/scan-yaml.ts': [{ source: '^(?:[ ]|[-?] ){257}', flags: 'm' }],
	// A framework's bandPattern: the default and a usual one. Any other is held by bandPatternProblem
	// to repeats of single characters and a bounded number of choices, on at most 16 characters (its
	// tests: packages/core/test/ids-and-bands.test.ts, "a band pattern").
	'packages/core/src/rules/band-pattern.ts': [
		{ source: '^[A-Z][1-9]$', flags: 'u' },
		{ source: '^(IC|M)[0-9]{1,2}$', flags: 'u' },
	],
	// levelNamesPattern: the framework's level names (escaped literals), longest first, as one alternation.
	'packages/core/src/rules/check-content.ts': [{ source: '(?<![\\p{L}\\p{N}])(?:Senior Engineer 2|Engineer L2|IC10|L2|P3)(?![\\p{L}\\p{N}])', flags: 'giu' }],
};

interface Found {
	where: string;
	source: string;
	flags: string;
}

function filesUnder(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (name === 'node_modules' || name.startsWith('.')) return [];
		return statSync(path).isDirectory() ? filesUnder(path) : [path];
	});
}

/** The regex literals and RegExp calls of one TypeScript (or TSX) text. */
function patternsIn(file: string, text: string, kind: ts.ScriptKind): { found: Found[]; dynamic: string[] } {
	const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
	const found: Found[] = [];
	const dynamic: string[] = [];
	const where = (node: ts.Node) => `${file}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`;
	const visit = (node: ts.Node): void => {
		if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
			const literal = node.getText(source);
			const end = literal.lastIndexOf('/');
			found.push({ where: where(node), source: literal.slice(1, end), flags: literal.slice(end + 1) });
		} else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
			const [pattern, flags] = node.arguments ?? [];
			const flagText = flags === undefined ? '' : ts.isStringLiteralLike(flags) ? flags.text : undefined;
			if (pattern && ts.isStringLiteralLike(pattern) && flagText !== undefined) found.push({ where: where(node), source: pattern.text, flags: flagText });
			else dynamic.push(where(node));
		}
		ts.forEachChild(node, visit);
	};
	visit(source);
	return { found, dynamic };
}

async function collect(): Promise<{ found: Found[]; dynamic: string[] }> {
	const found: Found[] = [];
	const dynamic: string[] = [];
	for (const dir of SOURCES) {
		for (const path of filesUnder(join(ROOT, dir))) {
			const file = relative(ROOT, path);
			let result: { found: Found[]; dynamic: string[] } | undefined;
			if (/\.(?:ts|mts|js|mjs)$/.test(path)) result = patternsIn(file, readFileSync(path, 'utf8'), ts.ScriptKind.TS);
			else if (path.endsWith('.astro')) result = patternsIn(file, (await convertToTSX(readFileSync(path, 'utf8'), { filename: file })).code, ts.ScriptKind.TSX);
			if (!result) continue;
			found.push(...result.found);
			for (const at of result.dynamic) {
				const listed = DYNAMIC[at.replace(/:\d+$/, '')];
				if (listed) found.push(...listed.map((p) => ({ ...p, where: at })));
				else dynamic.push(at);
			}
		}
	}
	for (const name of readdirSync(join(ROOT, 'schemas')).filter((n) => n.endsWith('.json'))) {
		const walk = (value: unknown, path: string): void => {
			if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${path}/${i}`));
			else if (value && typeof value === 'object') {
				for (const [key, child] of Object.entries(value)) {
					// JSON Schema patterns are ECMA-262 regular expressions with the `u` flag (ajv's default).
					if (key === 'pattern' && typeof child === 'string') found.push({ where: `schemas/${name}#${path}`, source: child, flags: 'u' });
					walk(child, `${path}/${key}`);
				}
			}
		};
		walk(JSON.parse(readFileSync(join(ROOT, 'schemas', name), 'utf8')), '');
	}
	// The parser's own patterns, which it runs on every plain scalar to tell numbers and nulls from text
	// (the YAML 1.2 core schema, the one the library parses with), before any length bound applies.
	for (const tag of parseDocument('').schema.tags) {
		const test = (tag as { test?: RegExp }).test;
		if (test) found.push({ where: `yaml core schema ${tag.tag}`, source: test.source, flags: test.flags });
	}
	return { found, dynamic };
}

const collected = await collect();
/** One check per distinct pattern, named by the first place it appears. */
const distinct = [...new Map(collected.found.map((p) => [`${p.flags}/${p.source}`, p])).values()];

describe('regular expressions', () => {
	it('are collected from every source folder and every schema', () => {
		expect(collected.dynamic, 'RegExp built from a variable: list it in DYNAMIC with what it builds').toEqual([]);
		const places = new Set(collected.found.map((p) => (p.where.startsWith('schemas/') ? 'schemas' : p.where.startsWith('yaml ') ? 'yaml' : SOURCES.find((s) => p.where.startsWith(s)))));
		expect([...places].sort()).toEqual([...SOURCES, 'schemas', 'yaml'].sort());
		expect(distinct.length).toBeGreaterThan(50);
	});

	// What makes a slow pattern harmless too: no field reaches a pattern with more than a few kilobytes.
	it.each(['ladder', 'framework', 'shared-competencies', 'career-paths', 'assessment'])('every text field of %s.schema.json has a maxLength', (name) => {
		const unbounded: string[] = [];
		const walk = (value: unknown, path: string): void => {
			if (Array.isArray(value)) return value.forEach((item, i) => walk(item, `${path}/${i}`));
			if (!value || typeof value !== 'object') return;
			const node = value as Record<string, unknown>;
			if (node.type === 'string' && node.maxLength === undefined && node.const === undefined && node.enum === undefined) unbounded.push(path);
			for (const [key, child] of Object.entries(node)) walk(child, `${path}/${key}`);
		};
		walk(JSON.parse(readFileSync(join(ROOT, 'schemas', `${name}.schema.json`), 'utf8')), '');
		expect(unbounded).toEqual([]);
	});

	it.each(distinct.map((p) => [`/${p.source}/${p.flags} (${p.where})`, p] as const))(
		'%s runs in linear time',
		async (_name, pattern) => {
			process.env.RECHECK_BACKEND = 'pure';
			const { check } = await import('recheck');
			// recheck's fuzzer confirms an attack by timing it (1 s by default, 250 ms per incubation step): on
			// a loaded machine a linear pattern can miss that and be called vulnerable. A slow machine
			// must not change the verdict, so the time bounds are far above any linear match's.
			const result = await check(pattern.source, pattern.flags, { timeout: null, randomSeed: 1, checker: 'auto', attackTimeout: 20_000, incubationTimeout: 5_000 });
			expect(result.status === 'vulnerable' ? `${result.complexity.summary}, attack: ${result.attack.pattern}` : result.status, pattern.where).toBe('safe');
		},
		// One pattern took 57 s with eight engineers' builds on two cores: the bound is for a hung
		// checker, not a speed target.
		240_000,
	);
});
