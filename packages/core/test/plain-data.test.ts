import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { plainData } from '../src/source/plain-data.ts';
import { duplicateKeys } from '../src/source/yaml-guards.ts';

// parseSource's one-walk path (issue #20) must give exactly what its general path gives: yaml's
// toJS for the data and duplicateKeys for the findings, or step aside.

const read = (text: string) => parseDocument(text, { uniqueKeys: false, resolveKnownTags: false, logLevel: 'error', strict: true });
const general = (text: string) => {
	const doc = read(text);
	return { data: doc.toJS(), duplicates: duplicateKeys(doc) };
};

describe('plainData', () => {
	const ladders = fileURLToPath(new URL('../../../matrices/', import.meta.url));
	it('equals toJS and duplicateKeys on every real ladder file', () => {
		const files = readdirSync(ladders).filter((f) => f.endsWith('.yaml'));
		expect(files.length).toBeGreaterThan(3);
		for (const name of files) {
			const text = readFileSync(join(ladders, name), 'utf8');
			if (text.includes('*')) continue;
			expect(plainData(read(text), 64), name).toEqual(general(text));
		}
	});

	it.each([
		['inherited names become own properties', 'constructor: 1\n__proto__: {a: 2}\ntoString: x\n'],
		['duplicates, nested ones in order', 'a: 1\nb: {c: 1, c: 2}\na: 3\n'],
		['scalars of every plain kind', 'n: 1\nf: 1.5\nt: true\nz: ~\ne:\ns: "1"\nq: [1, "two", null]\n'],
		['keys that are numbers or booleans', '1: one\ntrue: yes\n1.5: half\n'],
		['an anchor without an alias', 'a: &x {b: 1}\nc: 2\n'],
		['a key left out, then the empty key', ': 1\n"": 2\n'],
	])('%s', (_name, text) => {
		const plain = plainData(read(text), 64);
		expect(plain).toBeDefined();
		expect(plain).toEqual(general(text));
		expect(Object.getOwnPropertyNames(plain!.data)).toEqual(Object.getOwnPropertyNames(general(text).data));
	});

	it.each([
		['a key that is not a scalar', '? [a, b]\n: 1\n'],
		['nesting past the limit', 'a: {b: {c: {d: 1}}}\n'],
	])('steps aside for %s', (_name, text) => {
		expect(plainData(read(text), 3)).toBeUndefined();
	});
});
