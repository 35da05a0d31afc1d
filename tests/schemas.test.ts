import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { AssessmentSchema, CareerPathsFileSchema, FrameworkFileSchema, LadderFileSchema, SCHEMA_NAMES, SharedCompetenciesFileSchema, toJsonSchema, TranslationFileSchema, type SchemaName } from '@rungs/core/schema';
import { committedSchemaValidators } from './support/ajv.ts';
// @ts-expect-error a plain script of the repository, without types
import { LEGACY_SCHEMA_FILE, legacyLadderSchema } from '../scripts/legacy-schema.js';

const schemasDir = new URL('../schemas/', import.meta.url);

describe('committed JSON Schemas', () => {
	it.each(SCHEMA_NAMES)('schemas/%s.schema.json matches the zod schema (run `pnpm schemas` if not)', (name) => {
		const committed = JSON.parse(readFileSync(new URL(`${name}.schema.json`, schemasDir), 'utf8'));
		expect(committed).toEqual(toJsonSchema(name));
	});

	it('has no stray schema files', () => {
		const files = readdirSync(schemasDir).filter((f) => f.endsWith('.json'));
		expect(files.sort()).toEqual([...SCHEMA_NAMES.map((n) => `${n}.schema.json`), LEGACY_SCHEMA_FILE].sort());
	});

	it('keeps the ladder schema at its address from before the rename, reading both format ids', () => {
		const committed = JSON.parse(readFileSync(new URL(LEGACY_SCHEMA_FILE, schemasDir), 'utf8'));
		expect(committed).toEqual(legacyLadderSchema(toJsonSchema('ladder')));
		expect(committed.properties.format.enum).toEqual(['rungs/ladder@1', 'rungs/matrix@1']);
	});

	it('gives every schema a stable $id and a title', () => {
		for (const name of SCHEMA_NAMES) {
			const schema = toJsonSchema(name);
			expect(schema.$id).toBe(`https://rungs.dev/schemas/${name}.schema.json`);
			expect(schema.title).toMatch(/^Rungs /);
		}
	});
});

// --- Schema parity: ajv on the committed JSON Schema agrees with zod, file by file. ---

const ZOD = {
	framework: FrameworkFileSchema,
	'shared-competencies': SharedCompetenciesFileSchema,
	'career-paths': CareerPathsFileSchema,
	ladder: LadderFileSchema,
	assessment: AssessmentSchema,
	translation: TranslationFileSchema,
} as const;
const KIND_BY_FORMAT: Record<string, keyof typeof ZOD> = {
	'rungs/framework@1': 'framework',
	'rungs/shared-competencies@1': 'shared-competencies',
	'rungs/career-paths@1': 'career-paths',
	'rungs/ladder@1': 'ladder',
	'rungs/assessment@1': 'assessment',
	'rungs/translation@1': 'translation',
};

function yamlFilesBelow(dir: URL): URL[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const url = new URL(entry.name + (entry.isDirectory() ? '/' : ''), dir);
		if (entry.isDirectory()) return entry.name === 'invalid' ? [] : yamlFilesBelow(url);
		return /\.ya?ml$/.test(entry.name) ? [url] : [];
	});
}

const corpus = [
	...yamlFilesBelow(new URL('../matrices/', import.meta.url)),
	...yamlFilesBelow(new URL('../packages/core/test/fixtures/valid/', import.meta.url)),
].map((url) => ({ name: url.pathname.split('/work/main/').pop() ?? url.pathname, data: parse(readFileSync(url, 'utf8')) as Record<string, unknown> }));

/** Deterministic mutations of a valid document, each of which a careful author might make. */
function* mutations(data: unknown, path: Array<string | number> = []): Generator<{ what: string; apply: (root: unknown) => void }> {
	if (data === null || typeof data !== 'object') return;
	const at = (root: unknown) => path.reduce<any>((node, key) => node[key], root);
	if (Array.isArray(data)) {
		yield { what: `empty list at ${path.join('.')}`, apply: (root) => void at(root).splice(0) };
		if (data.length > 0) yield* mutations(data[0], [...path, 0]);
		return;
	}
	yield { what: `unknown key at ${path.join('.')}`, apply: (root) => void (at(root).bogusKey = 'x') };
	for (const [key, value] of Object.entries(data)) {
		yield { what: `delete ${[...path, key].join('.')}`, apply: (root) => void delete at(root)[key] };
		yield { what: `number at ${[...path, key].join('.')}`, apply: (root) => void (at(root)[key] = 42) };
		yield { what: `empty text at ${[...path, key].join('.')}`, apply: (root) => void (at(root)[key] = ' ') };
		if (typeof value === 'string') {
			yield { what: `script url at ${[...path, key].join('.')}`, apply: (root) => void (at(root)[key] = 'javascript:alert(1)') };
			yield { what: `upper-case at ${[...path, key].join('.')}`, apply: (root) => void (at(root)[key] = `Ünicode ${value}`) };
		}
		yield* mutations(value, [...path, key]);
	}
}

describe('schema parity: ajv and zod agree', () => {
	const validator = committedSchemaValidators();
	it.each(corpus.map((c) => [c.name, c] as const))('%s and its mutations', (_name, { data }) => {
		const kind = KIND_BY_FORMAT[String(data.format)];
		expect(kind, 'a known format').toBeDefined();
		const zod = ZOD[kind!];
		const ajv = validator(kind as SchemaName);
		expect(ajv(data), JSON.stringify(ajv.errors)).toBe(true);
		expect(zod.safeParse(data).success).toBe(true);
		let checked = 0;
		for (const mutation of mutations(data)) {
			const copy = structuredClone(data);
			mutation.apply(copy);
			const zodSays = zod.safeParse(copy).success;
			const ajvSays = ajv(copy);
			expect({ mutation: mutation.what, ajv: ajvSays }).toEqual({ mutation: mutation.what, ajv: zodSays });
			checked++;
		}
		expect(checked).toBeGreaterThan(10);
	});
});
