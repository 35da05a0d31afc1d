import { LineCounter, parseDocument, type Document } from 'yaml';
import { describe, expect, it } from 'vitest';
import { isData, spanOf } from '../src/diagnostics/locate.ts';
import { parseSource } from '../src/source/parse-yaml.ts';

/*
 * A file that parses cleanly lets its YAML document go and parses the text again when a problem
 * needs locating (parse-yaml.ts). The document built again must be the one the first parse gave:
 * the same nodes at the same offsets, so every problem is located where it was before (problems.test.ts
 * checks the line and column of every code, most of them in files that parsed cleanly).
 */

const text = 'format: rungs/ladder@1\nid: rep\ntitle: Rep\nlevels:\n  - id: one\n    title: "One"\n  - { id: two, title: Two }\n';

describe('a parsed file’s document on demand', () => {
	it('gives the same ranges as a fresh parse, for every node', () => {
		const { parsed, problems } = parseSource({ path: 'rep.yaml', text });
		expect(problems).toEqual([]);
		const fresh = parseDocument(text, { lineCounter: new LineCounter() });
		const ranges = (doc: Document) => {
			const found: unknown[] = [];
			const walk = (node: unknown): void => {
				if (node && typeof node === 'object' && 'range' in node) found.push((node as { range: unknown }).range);
				if (node && typeof node === 'object' && 'items' in node)
					for (const item of (node as { items: Array<{ key?: unknown; value?: unknown }> }).items) {
						if ('key' in item) (walk(item.key), walk(item.value));
						else walk(item);
					}
			};
			walk(doc.contents);
			return found;
		};
		expect(ranges(parsed.doc)).toEqual(ranges(fresh));
		expect(ranges(parsed.doc).length).toBeGreaterThan(10);
	});

	it('is built once: an edit made through it is still there when read again', () => {
		const { parsed } = parseSource({ path: 'rep.yaml', text });
		parsed.doc.set('title', 'Edited');
		expect(String(parsed.doc.get('title'))).toBe('Edited');
	});

	it('locates a data path at its line and column, and the file is text, not data', () => {
		const { parsed } = parseSource({ path: 'rep.yaml', text });
		expect(isData(parsed)).toBe(false);
		expect(spanOf(parsed, ['levels', 1, 'title'])).toEqual({ line: 7, column: 23, endColumn: 26 });
		expect(spanOf(parsed, ['levels', 0, 'title'])).toEqual({ line: 6, column: 12, endColumn: 17 });
	});
});
