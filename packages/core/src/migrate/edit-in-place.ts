import { renameLegacyKeys } from './legacy-keys-in-text.ts';
import { isMap, isScalar, isSeq, parseDocument, Scalar, stringify, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import type { Assessment } from '../schema/assessment.ts';

/** One replacement of the source text: [start, end) becomes `text`. */
interface Splice {
	start: number;
	end: number;
	text: string;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const isObject = (value: unknown): value is Record<string, Json> => value !== null && typeof value === 'object' && !Array.isArray(value);
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Keys the schema fills in when absent: an absent key and its default are the same data. */
const DEFAULTS: Record<string, string> = { evidence: '[]', ratings: '{}' };

/** A value written inline, valid in block and flow context alike: a plain or quoted scalar, or a flow collection. */
function inline(value: unknown): string {
	if (value !== null && typeof value === 'object') return stringify(value, { collectionStyle: 'flow', lineWidth: 0 }).trimEnd();
	return stringify(value, { lineWidth: 0 }).trimEnd();
}

/** Where the line holding `position` starts. */
const lineStart = (text: string, position: number): number => text.lastIndexOf('\n', position - 1) + 1;
/** Just past the newline ending the line that holds `position - 1` (the end of text if none). */
function lineEnd(text: string, position: number): number {
	if (position > 0 && text[position - 1] === '\n') return position;
	const newline = text.indexOf('\n', position);
	return newline < 0 ? text.length : newline + 1;
}
const indentAt = (text: string, position: number): string => /^[ ]*/.exec(text.slice(lineStart(text, position)))![0];

/**
 * Rewrites a YAML file to hold `next`, touching only the text of what changed: comments, blank
 * lines, quoting, flow and block styles and line folding elsewhere stay byte for byte. Works on the
 * parsed document's node ranges and splices the source text, because printing a whole document
 * again (yaml's `toString`) respaces flow maps and refolds long text even where nothing changed.
 */
function editInPlace(text: string, next: unknown): string {
	const doc = parseDocument(text);
	const splices: Splice[] = [];
	const replaceNode = (node: Node, value: unknown) => {
		const [start, end] = node.range!;
		if (isScalar(node) && (typeof value !== 'object' || value === null)) {
			splices.push({ start, end, text: scalarText(text, node, value) });
		} else {
			// A collection replaced whole is written in flow style, which fits wherever the old one stood.
			const valueEnd = isScalar(node) ? end : trimmedEnd(text, start, end);
			splices.push({ start, end: valueEnd, text: inline(value) });
		}
	};

	const sync = (node: Node | null | undefined, raw: unknown, value: unknown, owner?: { map: YAMLMap; pair: Pair }) => {
		if (same(raw, value)) return;
		if (!node || !node.range) {
			if (owner) replacePairValue(text, owner.pair, value, splices);
			return;
		}
		if (isMap(node) && isObject(raw) && isObject(value)) {
			const kept = node.items.filter((pair) => Object.hasOwn(value, keyOf(pair)));
			const added = Object.keys(value).filter((key) => !Object.hasOwn(raw, key) && !(key in DEFAULTS && JSON.stringify(value[key]) === DEFAULTS[key]));
			if (kept.length === 0 && added.length === 0) return replaceNode(node, value);
			for (const pair of node.items) {
				const key = keyOf(pair);
				if (!Object.hasOwn(value, key)) splices.push(removePair(text, node, pair));
				else sync(pair.value as Node | null, raw[key], value[key], { map: node, pair });
			}
			if (added.length > 0) splices.push(addPairs(text, node, added.map((key) => [key, value[key]])));
			return;
		}
		if (isSeq(node) && Array.isArray(raw) && Array.isArray(value)) {
			if (raw.length === value.length) {
				node.items.forEach((item, i) => sync(item as Node, raw[i], value[i]));
				return;
			}
			const removed = removedIndices(raw, value);
			if (removed && removed.length < raw.length) {
				for (const i of removed) splices.push(removeItem(text, node, i));
				return;
			}
		}
		replaceNode(node, value);
	};
	sync(doc.contents as Node, doc.toJS(), next);

	// From the end, so earlier offsets hold; of two insertions at one place, the one found first ends up first.
	const order = splices.map((splice, i) => ({ splice, i })).sort((a, b) => b.splice.start - a.splice.start || b.i - a.i);
	let out = text;
	for (const { splice } of order) out = out.slice(0, splice.start) + splice.text + out.slice(splice.end);
	return out;
}

const keyOf = (pair: Pair): string => String(isScalar(pair.key) ? pair.key.value : pair.key);

/** The indices of `raw` that `value` dropped, when `value` is `raw` with some items removed. */
function removedIndices(raw: unknown[], value: unknown[]): number[] | undefined {
	const removed: number[] = [];
	let j = 0;
	for (let i = 0; i < raw.length; i++) {
		if (j < value.length && same(raw[i], value[j])) j++;
		else removed.push(i);
	}
	return j === value.length ? removed : undefined;
}

/** The end of a node's own text, before trailing blank lines and comments it holds. */
function trimmedEnd(text: string, start: number, end: number): number {
	let stop = end;
	while (stop > start && /\s/.test(text[stop - 1]!)) stop--;
	return stop;
}

/** A new scalar written in the old one's style where it can be (quotes kept, block text kept a block). */
function scalarText(text: string, node: Scalar, value: unknown): string {
	if (typeof value !== 'string') return inline(value);
	switch (node.type) {
		case Scalar.QUOTE_DOUBLE:
			return JSON.stringify(value);
		case Scalar.QUOTE_SINGLE:
			return `'${value.replace(/'/g, "''")}'`;
		case Scalar.BLOCK_LITERAL:
		case Scalar.BLOCK_FOLDED: {
			const indent = `${indentAt(text, node.range![0])}  `;
			// Text added after the old (migration appends to the notes): the author's lines stay as
			// folded, the new ones follow.
			const appended = appendToBlock(text, node, value, indent);
			if (appended !== undefined) return appended;
			// Otherwise the block keeps its place; its lines are written out literally at the old indentation.
			const body = withoutTrailingNewlines(value).split('\n').map((line) => (line === '' ? '' : `${indent}${line}`)).join('\n');
			return `|-\n${body}\n`;
		}
		default:
			return inline(value);
	}
}

/** `text` without its final line breaks, in one pass (`/\n+$/` backtracks quadratically on a run of them). */
function withoutTrailingNewlines(text: string): string {
	let end = text.length;
	while (end > 0 && text[end - 1] === '\n') end--;
	return text.slice(0, end);
}

/**
 * The block scalar's own text with lines added at its end so that it reads `value`, when `value`
 * starts with its old value; checked by parsing, as folding rules decide how many blank lines
 * make a paragraph break.
 */
function appendToBlock(text: string, node: Scalar, value: string, indent: string): string | undefined {
	const old = String(node.value);
	if (!value.startsWith(withoutTrailingNewlines(old))) return undefined;
	const own = text.slice(node.range![0], trimmedEnd(text, node.range![0], node.range![1]));
	const rest = value.slice(withoutTrailingNewlines(old).length);
	const body = withoutTrailingNewlines(rest).replace(/^\n+/, '');
	const lines = body.split('\n').map((line) => (line === '' ? '' : `${indent}${line}`)).join('\n');
	for (let blank = 1; blank <= 3; blank++) {
		const candidate = `${own}${'\n'.repeat(blank + 1)}${lines}\n`;
		const parsed = parseDocument(`x: ${candidate}`).toJS() as { x?: unknown } | null;
		if (parsed?.x === value) return candidate;
	}
	return undefined;
}

/** A pair's value replaced when the value node has no text of its own (`key:` with nothing after). */
function replacePairValue(text: string, pair: Pair, value: unknown, splices: Splice[]): void {
	const key = pair.key as Node;
	const colon = text.indexOf(':', key.range![1]);
	splices.push({ start: colon + 1, end: lineEnd(text, colon + 1) - 1, text: ` ${inline(value)}` });
}

function removePair(text: string, map: YAMLMap, pair: Pair): Splice {
	const key = pair.key as Node;
	const value = pair.value as Node | null;
	const end = value?.range ? value.range[1] : key.range![1];
	if (map.flow) return removeFlowEntry(text, map, map.items.indexOf(pair), key.range![0], end);
	return removeBlockLines(text, key.range![0], end);
}

function removeItem(text: string, seq: YAMLSeq, index: number): Splice {
	const item = seq.items[index] as Node;
	if (seq.flow) return removeFlowEntry(text, seq, index, item.range![0], item.range![1]);
	// The `- ` before the item is on the item's first line.
	return removeBlockLines(text, item.range![0], item.range![1]);
}

/**
 * Whole lines, from the entry's first line to the end of its last, with the comment lines right
 * above it at the same indentation (they describe it: init writes one above every competency).
 */
function removeBlockLines(text: string, start: number, end: number): Splice {
	let from = lineStart(text, start);
	const indent = indentAt(text, start);
	for (;;) {
		if (from === 0) break;
		const previous = lineStart(text, from - 1);
		const line = text.slice(previous, from - 1);
		if (!line.startsWith(`${indent}#`)) break;
		from = previous;
	}
	return { start: from, end: lineEnd(text, trimmedEnd(text, start, end)), text: '' };
}

/** One entry of a flow collection with the comma that joins it to its neighbour. */
function removeFlowEntry(text: string, collection: YAMLMap | YAMLSeq, index: number, start: number, end: number): Splice {
	const items = collection.items as Array<Pair | Node>;
	const startOf = (item: Pair | Node) => ('key' in item && item.key ? (item.key as Node).range![0] : (item as Node).range![0]);
	if (index + 1 < items.length) return { start, end: startOf(items[index + 1]!), text: '' };
	if (index > 0) {
		const previous = items[index - 1]!;
		const previousEnd = 'value' in previous && previous.value ? (previous.value as Node).range![1] : (previous as Node).range![1];
		return { start: trimmedEnd(text, 0, previousEnd), end, text: '' };
	}
	return { start, end, text: '' };
}

function addPairs(text: string, map: YAMLMap, entries: Array<[string, unknown]>): Splice {
	const last = map.items[map.items.length - 1]!;
	const lastEnd = last.value && (last.value as Node).range ? (last.value as Node).range![1] : (last.key as Node).range![1];
	if (map.flow) {
		const at = trimmedEnd(text, 0, lastEnd);
		return { start: at, end: at, text: entries.map(([key, value]) => `, ${key}: ${inline(value)}`).join('') };
	}
	const indent = indentAt(text, (map.items[0]!.key as Node).range![0]);
	const at = lineEnd(text, trimmedEnd(text, 0, lastEnd));
	const lines = entries.map(([key, value]) => `${indent}${key}:${typeof value === 'string' && value.includes('\n') ? ` ${blockText(indent, value)}` : ` ${inline(value)}`}\n`);
	// A file without a final newline gets one before the new lines.
	return { start: at, end: at, text: `${at > 0 && text[at - 1] !== '\n' ? '\n' : ''}${lines.join('')}` };
}

const blockText = (indent: string, value: string): string =>
	`|-\n${withoutTrailingNewlines(value).split('\n').map((line) => (line === '' ? '' : `${indent}  ${line}`)).join('\n')}`;

/**
 * An assessment file's text moved onto new content, such as `migrateAssessment`'s result, changing
 * only what changed: the author's comments, quoting, flow maps and folded text stay as written.
 *
 * @example
 * const migrated = migrateAssessment(assessment, ladderAtV1, ladderNow);
 * if (migrated.ok) await writeFile('ana.yaml', rewriteAssessmentText(await readFile('ana.yaml', 'utf8'), migrated.value.assessment));
 */
export function rewriteAssessmentText(text: string, assessment: Assessment): string {
	// A file written before the rename gets today's key first, then the migration's edits.
	return editInPlace(renameLegacyKeys(text), JSON.parse(JSON.stringify(assessment)));
}
