import { Scalar, YAMLMap, YAMLSeq, type Document } from 'yaml';
import type { Finding } from './yaml-problems.ts';

/*
 * The common case of parseSource in one walk: a document without aliases, whose data is plain
 * (strings, numbers, booleans, null, mappings, sequences) and no deeper than the limit. The general
 * path walks the document three times (duplicateKeys, yaml's toJS, then tooDeepPath over the data),
 * about a tenth of loading 500 ladders beyond the YAML parse itself (issue #20).
 *
 * The result is the same as the general path's, or `undefined` whenever the document is anything
 * else (an alias, a key that is not a scalar, a value yaml would turn into an object,
 * nesting past the limit): the caller then takes the general path, which locates every problem.
 */

/** What one walk found: the data as `doc.toJS()` builds it, and the duplicate keys as `duplicateKeys` reports them. */
export interface PlainData {
	data: unknown;
	duplicates: Finding[];
}

class NotPlain extends Error {}

/**
 * The document as data, with its duplicate keys. Call only when the text has no `*` (no alias can
 * be in it). Never throws.
 */
export function plainData(doc: Document, limit: number): PlainData | undefined {
	const duplicates: Finding[] = [];
	// Each node's prototype is checked exactly: a subclass (yaml's sets, pairs, ordered maps) converts differently.
	const convert = (node: unknown, depth: number): unknown => {
		// tooDeepPath's rule: a value more than `limit` steps below the top is too deep.
		if (depth > limit) throw new NotPlain();
		if (node === null) return null;
		if (typeof node !== 'object') throw new NotPlain();
		const kind = Object.getPrototypeOf(node);
		if (kind === Scalar.prototype) {
			const value = (node as Scalar).value;
			if (value !== null && (typeof value === 'object' || typeof value === 'bigint' || typeof value === 'symbol' || typeof value === 'function')) throw new NotPlain();
			return value;
		}
		if (kind === YAMLSeq.prototype) {
			const items = (node as YAMLSeq).items;
			const list: unknown[] = new Array(items.length);
			for (let i = 0; i < items.length; i++) list[i] = convert(items[i], depth + 1);
			return list;
		}
		if (kind === YAMLMap.prototype) {
			const object: Record<string, unknown> = {};
			for (const pair of (node as YAMLMap).items) {
				const key = pair.key as Scalar | null;
				if (key === null || Object.getPrototypeOf(key) !== Scalar.prototype || !key.range) throw new NotPlain();
				const raw = key.value;
				if (raw !== null && typeof raw === 'object') throw new NotPlain();
				// The key as toJS writes it on the object.
				const name = raw === null ? '' : String(raw);
				// Every key seen so far is an own property (below), so this is duplicateKeys' check, made
				// before the value's own keys so the findings come in the same order.
				if (Object.prototype.hasOwnProperty.call(object, name)) duplicates.push({ code: 'DUPLICATE_KEY', message: 'Map keys must be unique', pos: [key.range[0], key.range[1]], key: name });
				const value = convert(pair.value, depth + 1);
				// As yaml's addPairToJSMap: a name the object inherits (`constructor`, `__proto__`) becomes its own property.
				if (name in object) Object.defineProperty(object, name, { value, writable: true, enumerable: true, configurable: true });
				else object[name] = value;
			}
			return object;
		}
		throw new NotPlain();
	};
	try {
		return { data: convert(doc.contents, 0), duplicates };
	} catch (error) {
		if (error instanceof NotPlain) return undefined;
		throw error;
	}
}
