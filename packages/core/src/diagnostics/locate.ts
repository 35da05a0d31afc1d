import { LEGACY_LADDER_KEY } from '../model/legacy-names.ts';
import { isAlias, isMap, isScalar, isSeq, type Document, type LineCounter, type Node, type Pair, type YAMLMap } from 'yaml';
import type { DataPath, SourceFile, Span } from './problem.ts';

interface Found {
	/** The value node at the deepest path segment that exists. */
	node: Node | null;
	/** The key node of that value, when it sits in a mapping. */
	key: Node | null;
	/** True when every segment of the path exists in the document. */
	complete: boolean;
}

/** A key as toJS writes it on the object: a null key (`~`, `null`, nothing) is the empty string. */
const keyText = (key: unknown): string => (key === null || key === undefined ? '' : isScalar(key) ? (key.value === null ? '' : String(key.value)) : String(key));

/**
 * Each mapping's pairs by key, built on first use: finding a key by scanning the mapping made
 * locating every unknown key of a 20,000-key mapping take 20 seconds (quadratic).
 */
const pairsByKey = new WeakMap<YAMLMap, Map<string, Pair>>();
function pairOf(map: YAMLMap, key: string): Pair | undefined {
	let index = pairsByKey.get(map);
	if (!index) {
		index = new Map();
		// The first pair wins, as a scan from the start would find it.
		for (const pair of map.items) {
			const text = keyText(pair.key);
			if (!index.has(text)) index.set(text, pair);
		}
		pairsByKey.set(map, index);
	}
	return index.get(key);
}

/** Walks a data path through a parsed YAML document, following aliases, as far as it exists. */
export function findNode(doc: Document, path: DataPath): Found {
	let node = (doc.contents as Node | null) ?? null;
	let key: Node | null = null;
	for (const segment of path) {
		if (isAlias(node)) node = (node.resolve(doc) as Node | undefined) ?? null;
		if (isMap(node)) {
			// A file written before the rename says `matrix:` where the data (read under today's names) says `ladder`.
			const pair = pairOf(node, String(segment)) ?? (segment === 'ladder' ? pairOf(node, LEGACY_LADDER_KEY) : undefined);
			if (!pair) return { node, key, complete: false };
			key = (pair.key as Node | null) ?? null;
			node = (pair.value as Node | null) ?? null;
			if (node === null) return { node: key, key, complete: segment === path[path.length - 1] };
		} else if (isSeq(node) && typeof segment === 'number' && node.items[segment] !== undefined) {
			key = null;
			node = node.items[segment] as Node;
		} else {
			return { node, key, complete: false };
		}
	}
	return { node, key, complete: true };
}

/** The span of a character range, cut at the end of its first line. */
export function spanOfRange(range: readonly [number, number], lineCounter: LineCounter, text: string): Span {
	const start = lineCounter.linePos(range[0]);
	const lineEnd = text.indexOf('\n', range[0]);
	const end = Math.min(range[1], lineEnd === -1 ? text.length : lineEnd);
	const width = Math.max(1, text.slice(range[0], end).trimEnd().length);
	return { line: start.line, column: start.col, endColumn: start.col + width };
}

/**
 * Where a data path lives in the source. `at: 'key'` points at the mapping key instead of its value
 * (for unknown keys and bad record keys). A path that does not exist points at its deepest parent.
 */
export function locatePath(
	doc: Document,
	lineCounter: LineCounter,
	text: string,
	path: DataPath,
	at: 'value' | 'key' = 'value',
): Span {
	const found = findNode(doc, path);
	const target = (at === 'key' || !found.complete) && found.key ? found.key : found.node;
	if (!target?.range) return { line: 1, column: 1, endColumn: 2 };
	return spanOfRange([target.range[0], target.range[1]], lineCounter, text);
}

/**
 * Input to check, with what is needed to locate a data path in it: a parsed file has its YAML
 * document; a data object (from a database, an HTTP body) has none, and its problems are located by
 * path alone. A parsed file (`ParsedSource`) is one of these.
 */
export interface Locatable {
	file: SourceFile;
	data: unknown;
	/** Present with `lineCounter` for text, absent for a data object (may be built when first read). */
	readonly doc?: Document;
	lineCounter?: LineCounter;
}

/**
 * A data object as input to check, under a name for messages: it has no text to point into.
 *
 * @example
 * checkSchema(AssessmentSchema, dataSource('upload', body));
 */
export const dataSource = (name: string, data: unknown): Locatable => ({ file: { path: name, text: '' }, data });

/** True for a data object: no text, so no lines, frames, indentation or YAML to talk about. */
// Asked of the line starts, not the document: a parsed file may build its document only on demand.
export const isData = (source: Locatable): boolean => source.lineCounter === undefined;

/** Where a data path lives in the text; undefined for a data object, located by its path alone. */
export function spanOf(source: Locatable, path: DataPath, at: 'value' | 'key' = 'value'): Span | undefined {
	return source.lineCounter && source.doc ? locatePath(source.doc, source.lineCounter, source.file.text, path, at) : undefined;
}
