import { LineCounter, parseDocument, type Document, type YAMLError } from 'yaml';
import { createProblem, type Problem, type SourceFile, type Span } from '../errors/problem.ts';
import type { ProblemCode } from '../errors/catalog.ts';
import { spanOfRange } from './locate.ts';

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

const utf8Length = (text: string) => new TextEncoder().encode(text).length;

function yamlProblem(file: SourceFile, error: YAMLError, lineCounter: LineCounter): Problem {
	const span = spanOfRange(error.pos, lineCounter, file.text);
	const detail = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
	let code: ProblemCode = 'YAML_SYNTAX';
	const params: Record<string, string> = { detail };
	if (error.code === 'DUPLICATE_KEY') {
		code = 'YAML_DUPLICATE_KEY';
		params.key = file.text.slice(error.pos[0], error.pos[1]).trim() || '?';
	} else if (error.code === 'TAG_RESOLVE_FAILED' || error.code === 'BAD_COLLECTION_TYPE') {
		code = 'YAML_UNKNOWN_TAG';
		params.tag = /(![^\s]*)/.exec(error.message)?.[1] ?? 'tag';
	} else if (error.code === 'TAB_AS_INDENT') {
		params.hint = 'Indent with spaces: YAML does not allow tabs for indentation.';
	} else if (error.code === 'MULTIPLE_DOCS') {
		params.hint = 'A Rungs file holds one YAML document: remove the `---` separator and what follows, or split the file.';
	}
	return createProblem(code, params, { file, span, path: [] });
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

	let doc: Document;
	try {
		doc = parseDocument(file.text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
	} catch (error) {
		if (!(error instanceof RangeError)) throw error;
		const empty = parseDocument('', { lineCounter: new LineCounter() });
		const problem = createProblem('YAML_TOO_DEEP', { limit: String(MAX_DEPTH) }, at(firstLine));
		return { parsed: { file, doc: empty, lineCounter, data: undefined }, problems: [problem] };
	}

	const problems = [...doc.errors, ...doc.warnings.filter((w) => w.code === 'TAG_RESOLVE_FAILED')].map((e) =>
		yamlProblem(file, e, lineCounter),
	);
	if (problems.length > 0) return { parsed: { file, doc, lineCounter, data: undefined }, problems };

	if (doc.contents === null) {
		return { parsed: { file, doc, lineCounter, data: undefined }, problems: [createProblem('FILE_EMPTY', {}, at(firstLine))] };
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
