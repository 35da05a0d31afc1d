import { LineCounter, parseDocument, visit, type Document, type YAMLError } from 'yaml';
import { createProblem, type Problem, type SourceFile, type Span } from '../errors/problem.ts';
import type { ProblemCode } from '../errors/catalog.ts';
import { spanOfRange } from './locate.ts';
import { scanYaml } from './scan-yaml.ts';

/** A source file parsed to plain data, keeping what is needed to locate any data path in it. */
export interface ParsedSource {
	file: SourceFile;
	doc: Document;
	lineCounter: LineCounter;
	/** Plain data; undefined when the YAML itself is broken. */
	data: unknown;
}

/** Files larger than this are refused before parsing. */
export const MAX_SOURCE_BYTES = 2 * 1024 * 1024;
/** Alias expansions allowed while converting to data (guards against "billion laughs"). */
const MAX_ALIAS_COUNT = 100;
/** Deepest nesting of collections allowed. */
const MAX_DEPTH = 64;
/** Widest indentation allowed, in spaces and `- ` markers: far beyond any real file, far below a stack overflow. */
const MAX_INDENT = 256;

const utf8Length = (text: string) => new TextEncoder().encode(text).length;

/** The key at a duplicate-key error: the parser's range covers only its first character. */
function keyAt(text: string, offset: number): { key: string; end: number } {
	const match = /^("(?:[^"\\\n]|\\.)*"|'(?:[^'\n]|'')*'|[^:#\n]*?)\s*:(?:\s|$)/.exec(text.slice(offset));
	const raw = match?.[1] ?? text.slice(offset, offset + 1);
	const key = /^["']/.test(raw) ? raw.slice(1, -1) : raw;
	return { key: key || '?', end: offset + Math.max(1, raw.length) };
}

function yamlProblem(file: SourceFile, error: YAMLError, lineCounter: LineCounter): Problem {
	let range: [number, number] = [error.pos[0], error.pos[1]];
	const detail = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
	let code: ProblemCode = 'YAML_SYNTAX';
	const params: Record<string, string> = { detail };
	if (error.code === 'DUPLICATE_KEY') {
		code = 'YAML_DUPLICATE_KEY';
		const { key, end } = keyAt(file.text, error.pos[0]);
		params.key = key;
		range = [error.pos[0], end];
	} else if (error.code === 'TAG_RESOLVE_FAILED' || error.code === 'BAD_COLLECTION_TYPE') {
		code = 'YAML_UNKNOWN_TAG';
		params.tag = /(![^\s]*)/.exec(error.message)?.[1] ?? /(![^\s]*)/.exec(file.text.slice(error.pos[0], error.pos[1] + 40))?.[1] ?? 'tag';
	} else if (error.code === 'TAB_AS_INDENT') {
		params.hint = 'Indent with spaces: YAML does not allow tabs for indentation.';
	} else if (error.code === 'MULTIPLE_DOCS') {
		params.hint = 'A Rungs file holds one YAML document: remove the `---` separator and what follows, or split the file.';
	} else {
		// The parser notices an unclosed bracket or quote where it gives up; point at where it opened.
		const scan = scanYaml(file.text, { until: error.pos[0] });
		if (/quote/i.test(detail) && scan.openQuote !== undefined) {
			range = [scan.openQuote, scan.openQuote + 1];
			params.detail = 'this quoted text is never closed.';
			params.hint = 'Add the closing quote, or remove the opening one.';
		} else if (/\]|\}|flow (sequence|mapping|collection)/i.test(detail) && scan.openBracket !== undefined) {
			const opener = file.text[scan.openBracket]!;
			range = [scan.openBracket, scan.openBracket + 1];
			params.detail = `this \`${opener}\` is never closed.`;
			params.hint = `Add the closing \`${opener === '[' ? ']' : '}'}\` before the next key, or write the list as \`- \` items.`;
		}
	}
	const span = spanOfRange(range, lineCounter, file.text);
	return createProblem(code, params, { file, span, path: [] });
}

/**
 * The problems worth showing: after the first syntax error the parser's later errors are mostly
 * its own confusion, so only duplicate keys found before that point are kept with it.
 */
function firstYamlErrors(errors: readonly YAMLError[]): YAMLError[] {
	const sorted = [...errors].sort((a, b) => a.pos[0] - b.pos[0]);
	const fatal = sorted.find((e) => e.code !== 'DUPLICATE_KEY' && e.code !== 'TAG_RESOLVE_FAILED');
	if (!fatal) return sorted;
	return [...sorted.filter((e) => e.pos[0] < fatal.pos[0]), fatal];
}

const lineCounterFor = (text: string) => {
	const counter = new LineCounter();
	counter.addNewLine(0);
	for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) counter.addNewLine(i + 1);
	return counter;
};

/** The first alias whose anchor does not exist (yaml only finds out when converting to data). */
function unresolvedAlias(doc: Document): { name: string; range: [number, number] } | undefined {
	let found: { name: string; range: [number, number] } | undefined;
	visit(doc, {
		Alias(_key, node) {
			if (node.resolve(doc) === undefined && node.range) {
				found = { name: node.source, range: [node.range[0], node.range[1]] };
				return visit.BREAK;
			}
			return undefined;
		},
	});
	return found;
}

function depthExceeds(value: unknown, limit: number): boolean {
	const stack: Array<[unknown, number]> = [[value, 0]];
	const seen = new Set<unknown>();
	while (stack.length > 0) {
		const [current, depth] = stack.pop()!;
		if (depth > limit) return true;
		if (current === null || typeof current !== 'object' || seen.has(current)) continue;
		seen.add(current);
		for (const child of Object.values(current)) stack.push([child, depth + 1]);
	}
	return false;
}

/**
 * YAML (or JSON) text to plain data, with every syntax problem located. Never throws for bad input.
 */
export function parseSource(input: SourceFile): { parsed: ParsedSource; problems: Problem[] } {
	// A byte-order mark is invisible in editors; dropping it keeps columns as people see them.
	const file = input.text.startsWith('\uFEFF') ? { ...input, text: input.text.slice(1) } : input;
	const lineCounter = new LineCounter();
	const at = (span: Span) => ({ file, span, path: [] });
	const firstLine: Span = { line: 1, column: 1, endColumn: 2 };

	const size = utf8Length(file.text);
	if (size > MAX_SOURCE_BYTES) {
		const doc = parseDocument('', { lineCounter });
		const problem = createProblem('FILE_TOO_LARGE', { size: String(size), limit: String(MAX_SOURCE_BYTES) }, at(firstLine));
		return { parsed: { file, doc, lineCounter, data: undefined }, problems: [problem] };
	}

	// Refuse nesting deep enough to exhaust the parser's stack before it gets the chance.
	const scan = scanYaml(file.text, { maxFlowDepth: MAX_DEPTH, maxIndent: MAX_INDENT });
	if (scan.tooDeepAt !== undefined) {
		const doc = parseDocument('', { lineCounter: new LineCounter() });
		const span = spanOfRange([scan.tooDeepAt, scan.tooDeepAt + 1], lineCounterFor(file.text), file.text);
		const problem = createProblem('YAML_TOO_DEEP', { limit: String(MAX_DEPTH) }, { file, span, path: [] });
		return { parsed: { file, doc, lineCounter, data: undefined }, problems: [problem] };
	}

	let doc: Document;
	try {
		doc = parseDocument(file.text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
	} catch (error) {
		if (!(error instanceof RangeError)) throw error;
		const empty = parseDocument('', { lineCounter: new LineCounter() });
		const problem = createProblem('YAML_TOO_DEEP', { limit: String(MAX_DEPTH) }, at(firstLine));
		return { parsed: { file, doc: empty, lineCounter, data: undefined }, problems: [problem] };
	}

	const problems = firstYamlErrors([...doc.errors, ...doc.warnings.filter((w) => w.code === 'TAG_RESOLVE_FAILED')]).map((e) =>
		yamlProblem(file, e, lineCounter),
	);
	if (problems.length > 0) return { parsed: { file, doc, lineCounter, data: undefined }, problems };

	if (doc.contents === null) {
		return { parsed: { file, doc, lineCounter, data: undefined }, problems: [createProblem('FILE_EMPTY', {}, at(firstLine))] };
	}

	const unresolved = unresolvedAlias(doc);
	if (unresolved) {
		const span = spanOfRange(unresolved.range, lineCounter, file.text);
		const problem = createProblem('YAML_SYNTAX', { detail: `the alias \`*${unresolved.name}\` refers to no anchor.`, hint: `Define \`&${unresolved.name}\` before this line, or write the value out.` }, { file, span, path: [] });
		return { parsed: { file, doc, lineCounter, data: undefined }, problems: [problem] };
	}
	let data: unknown;
	try {
		data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
	} catch (error) {
		const code: ProblemCode = error instanceof RangeError ? 'YAML_TOO_DEEP' : 'YAML_ALIAS_LIMIT';
		if (!(error instanceof RangeError) && !(error instanceof ReferenceError)) throw error;
		return {
			parsed: { file, doc, lineCounter, data: undefined },
			problems: [createProblem(code, { limit: String(MAX_DEPTH) }, at(firstLine))],
		};
	}
	if (depthExceeds(data, MAX_DEPTH)) {
		return {
			parsed: { file, doc, lineCounter, data: undefined },
			problems: [createProblem('YAML_TOO_DEEP', { limit: String(MAX_DEPTH) }, at(firstLine))],
		};
	}
	return { parsed: { file, doc, lineCounter, data }, problems: [] };
}

/**
 * Bytes to text, refusing invalid UTF-8 with a located problem instead of replacement characters.
 *
 * @example
 * const { file, problems } = decodeSource('upload.yaml', new Uint8Array(await blob.arrayBuffer()));
 */
export function decodeSource(path: string, bytes: Uint8Array): { file: SourceFile; problems: Problem[] } {
	try {
		return { file: { path, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) }, problems: [] };
	} catch {
		// The longest prefix that decodes (a trailing partial character is allowed) ends at the first bad byte.
		const decodes = (end: number) => {
			try {
				new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, end), { stream: true });
				return true;
			} catch {
				return false;
			}
		};
		let good = 0;
		let bad = bytes.length;
		while (bad - good > 1) {
			const middle = Math.floor((good + bad) / 2);
			if (decodes(middle)) good = middle;
			else bad = middle;
		}
		// A dangling lead byte passes in stream mode; the bad character starts at the last whole one.
		const whole = (end: number) => {
			try {
				new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, end));
				return true;
			} catch {
				return false;
			}
		};
		while (good > 0 && !whole(good)) good--;
		const prefix = new TextDecoder('utf-8').decode(bytes.subarray(0, good));
		const lines = prefix.split('\n');
		const line = lines.length;
		const column = lines[line - 1]!.length + 1;
		const text = new TextDecoder('utf-8').decode(bytes);
		const file = { path, text };
		const problem = createProblem(
			'FILE_NOT_TEXT',
			{ detail: `an invalid byte sequence near line ${line}, column ${column}` },
			{ file, span: { line, column, endColumn: column + 1 }, path: [] },
		);
		return { file, problems: [problem] };
	}
}
