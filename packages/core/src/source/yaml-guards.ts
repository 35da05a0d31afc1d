import { isAlias, isCollection, isMap, isPair, isScalar, isSeq, LineCounter, visit, type Document, type Node } from 'yaml';
import type { DataPath } from '../diagnostics/problem.ts';
import type { Finding } from './yaml-problems.ts';

// The guards parseSource runs on a parsed document, each in one pass: duplicate keys, aliases,
// nesting, the %YAML directive. yaml's own checks are quadratic on hostile files, or miss cases.
/**
 * Keys that appear twice in one mapping, in one pass. The parser's own check (`uniqueKeys`) compares
 * every key with every earlier one, which takes minutes on a 2 MB file of short keys; it also misses
 * keys that differ in YAML but not as data (`1` and `"1"`, `~` and `""`), which `toJS` would merge
 * silently, keeping the last.
 */
export function duplicateKeys(doc: Document): Finding[] {
	const found: Finding[] = [];
	// A direct walk: yaml's generic \`visit\` costs more than the check itself on every file.
	const walk = (node: unknown): void => {
		if (isMap(node)) {
			const seen = new Set<string>();
			for (const pair of node.items) {
				const key = pair.key as Node | null;
				if (isScalar(key) && key.range) {
					// The key as toJS writes it on the object.
					const name = key.value === null ? '' : typeof key.value === 'object' ? undefined : String(key.value);
					if (name !== undefined) {
						if (seen.has(name)) found.push({ code: 'DUPLICATE_KEY', message: 'Map keys must be unique', pos: [key.range[0], key.range[1]], key: name });
						else seen.add(name);
					}
				} else if (key !== null && !isScalar(key)) {
					// `? [a, b]` or `? { a: 1 }`: toJS turns it into the text `[ a, b ]`, which no Rungs key is.
					const range = key.range ?? (pair.value as Node | null)?.range;
					if (range) found.push({ code: isAlias(key) ? 'ALIAS_KEY' : 'COMPLEX_KEY', message: 'a key that is not plain text', pos: [range[0], range[1]] });
					walk(key);
				}
				walk(pair.value);
			}
		} else if (isSeq(node)) {
			for (const item of node.items) walk(item);
		}
	};
	walk(doc.contents);
	return found;
}

/**
 * The first alias whose anchor is not defined before it, in one pass: yaml's own `resolve` walks the
 * whole document for each alias, which takes minutes with tens of thousands of aliases.
 */
export function unresolvedAlias(doc: Document): { name: string; range: [number, number] } | undefined {
	const anchors = new Set<string>();
	let found: { name: string; range: [number, number] } | undefined;
	visit(doc, {
		Node(_key, node) {
			if (isAlias(node)) {
				if (!anchors.has(node.source) && node.range) {
					found = { name: node.source, range: [node.range[0], node.range[1]] };
					return visit.BREAK;
				}
			} else if (node.anchor) anchors.add(node.anchor);
			return undefined;
		},
	});
	return found;
}

/**
 * The alias to blame when expanding aliases goes over the limit: the first one at which the nodes
 * written out by aliases, counted in document order, exceed `limit`. yaml's error says neither where
 * nor which; pointing at line 1 would point at nothing the author wrote.
 */
export function aliasToBlame(doc: Document, limit: number): [number, number] | undefined {
	const size = new Map<string, number>();
	const measure = (node: unknown): number => {
		if (isAlias(node)) return size.get(node.source) ?? 1;
		if (isPair(node)) return measure(node.key) + measure(node.value);
		if (isCollection(node)) return node.items.reduce((sum: number, item) => sum + measure(item), 1);
		return 1;
	};
	let total = 0;
	let blamed: [number, number] | undefined;
	visit(doc, {
		Node(_key, node) {
			if (isAlias(node)) {
				total += size.get(node.source) ?? 1;
				if (total > limit && node.range) {
					blamed = [node.range[0], node.range[1]];
					return visit.BREAK;
				}
			} else if (node.anchor) size.set(node.anchor, measure(node));
			return undefined;
		},
	});
	return blamed;
}

/** The data path of the first value nested deeper than `limit`, if any. */
export function tooDeepPath(value: unknown, limit: number): DataPath | undefined {
	interface Step { value: unknown; depth: number; key?: string | number; parent?: Step }
	const stack: Step[] = [{ value, depth: 0 }];
	const seen = new Set<unknown>();
	while (stack.length > 0) {
		const step = stack.pop()!;
		if (step.depth > limit) {
			const path: Array<string | number> = [];
			for (let s: Step | undefined = step; s?.key !== undefined; s = s.parent) path.unshift(s.key);
			return path;
		}
		const current = step.value;
		if (current === null || typeof current !== 'object' || seen.has(current)) continue;
		seen.add(current);
		const entries = Object.entries(current);
		for (let i = entries.length - 1; i >= 0; i--) {
			const [key, child] = entries[i]!;
			stack.push({ value: child, depth: step.depth + 1, key: Array.isArray(current) ? Number(key) : key, parent: step });
		}
	}
	return undefined;
}



/**
 * The `%YAML` directive of the document, if it has one: directives are the lines before the
 * content or its `---`. YAML 1.1 turns on `<<` merge keys, reads `yes`, `no` and `on` as booleans and
 * dates as timestamps; Rungs reads YAML 1.2 only.
 */
export function yamlDirective(text: string): { offset: number; length: number; version: string } | undefined {
	for (let start = 0; start < text.length; ) {
		const end = text.indexOf('\n', start) === -1 ? text.length : text.indexOf('\n', start);
		const line = text.slice(start, end);
		if (line.startsWith('%YAML') && (line[5] === ' ' || line[5] === '\t')) {
			const words = line.slice(5).trim().split(/[ \t]/);
			return { offset: start, length: line.trimEnd().length, version: words[0] === undefined || words[0].startsWith('#') ? '' : words[0] };
		}
		const trimmed = line.trim();
		if (!(trimmed === '' || trimmed.startsWith('#') || line.startsWith('%'))) return undefined;
		start = end + 1;
	}
	return undefined;
}

/**
 * Runs `parse` without capturing stack traces: yaml makes an Error for every problem it meets, and
 * a 2 MB file of `,` or `"` gives it millions, whose stacks cost seconds and gigabytes.
 */
export function withoutStacks<T>(parse: () => T): T {
	// V8's knob (Node, Chromium); other engines ignore it. Not in the ES types, hence the cast.
	const errors = Error as { stackTraceLimit?: number };
	const limit = errors.stackTraceLimit;
	errors.stackTraceLimit = 0;
	try {
		return parse();
	} finally {
		errors.stackTraceLimit = limit;
	}
}

export const lineCounterFor = (text: string) => {
	const counter = new LineCounter();
	counter.addNewLine(0);
	for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) counter.addNewLine(i + 1);
	return counter;
};
