import { isAlias, isCollection, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node, type YAMLError } from 'yaml';
import { codePoint, createProblem, MAX_PROBLEMS_PER_FILE, type DataPath, type Problem, type SourceFile, type Span } from '../diagnostics/problem.ts';
import type { ProblemCode } from '../diagnostics/catalog.ts';
import { locatePath, spanOfRange } from '../diagnostics/locate.ts';
import { mayBeTooDeep, scanYaml, type YamlScan } from './scan-yaml.ts';

/** A source file parsed to plain data, keeping what is needed to locate any data path in it. */
export interface ParsedSource {
	file: SourceFile;
	doc: Document;
	lineCounter: LineCounter;
	/** Plain data; undefined when the YAML itself is broken. */
	data: unknown;
}

import { MAX_SOURCE_BYTES } from '../schema/limits.ts';

export { MAX_SOURCE_BYTES };
/** Alias expansions allowed while converting to data (guards against "billion laughs"). */
const MAX_ALIAS_COUNT = 100;
/** Deepest nesting of collections allowed. */
const MAX_DEPTH = 64;
/** Widest indentation allowed, in spaces and `- ` markers: far beyond any real file, far below a stack overflow. */
const MAX_INDENT = 256;

const utf8Length = (text: string) => new TextEncoder().encode(text).length;

/** The text from an offset to the end of its line. */
const lineAt = (text: string, offset: number): string => {
	const end = text.indexOf('\n', offset);
	return text.slice(offset, end === -1 ? undefined : end);
};

/**
 * The key at a duplicate-key error: the parser's range covers only its first character. Read by
 * hand, in one pass over the line: a pattern for "text up to `: `" backtracked quadratically on a
 * long line of spaces.
 */
function keyAt(text: string, offset: number): { key: string; end: number } {
	const line = lineAt(text, offset);
	let raw: string | undefined;
	const quote = line[0];
	if (quote === '"' || quote === "'") {
		let i = 1;
		while (i < line.length && line[i] !== quote) i += quote === '"' && line[i] === '\\' ? 2 : 1;
		// `''` inside single quotes is an escaped quote.
		while (quote === "'" && line[i + 1] === "'") for (i += 2; i < line.length && line[i] !== quote; i++);
		if (i < line.length) raw = line.slice(0, i + 1);
	} else {
		for (let i = 0; i < line.length && line[i] !== '#'; i++) {
			if (line[i] === ':' && (i + 1 === line.length || line[i + 1] === ' ' || line[i + 1] === '\t')) {
				raw = line.slice(0, i).trimEnd();
				break;
			}
		}
	}
	raw ??= line.slice(0, 1);
	const key = quote === '"' || quote === "'" ? raw.slice(1, -1) : raw;
	return { key: key || '?', end: offset + Math.max(1, raw.length) };
}


/** A duplicate key found by `duplicateKeys`, shaped like the parser's errors so they sort together. */
type Finding = Pick<YAMLError, 'message' | 'pos'> & { code: YAMLError['code'] | 'COMPLEX_KEY' | 'ALIAS_KEY'; key?: string };

function yamlProblem(file: SourceFile, error: Finding, lineCounter: LineCounter): Problem {
	let range: [number, number] = [error.pos[0], error.pos[1]];
	const detail = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
	let code: ProblemCode = 'YAML_SYNTAX';
	const params: { detail: string; hint?: string; key: string; tag: string } = { detail, key: '', tag: '' };
	if (error.code === 'DUPLICATE_KEY' && error.key !== undefined) {
		code = 'YAML_DUPLICATE_KEY';
		params.key = error.key;
	} else if (error.code === 'DUPLICATE_KEY') {
		code = 'YAML_DUPLICATE_KEY';
		const { key, end } = keyAt(file.text, error.pos[0]);
		params.key = key;
		range = [error.pos[0], end];
	} else if (error.code === 'TAG_RESOLVE_FAILED' || error.code === 'BAD_COLLECTION_TYPE') {
		code = 'YAML_UNKNOWN_TAG';
		params.tag = /(![^\s]*)/.exec(error.message)?.[1] ?? /(![^\s]*)/.exec(file.text.slice(error.pos[0], error.pos[1] + 40))?.[1] ?? 'tag';
	} else if (error.code === 'COMPLEX_KEY') {
		params.detail = 'this key is a list or a mapping; keys in Rungs files are plain words.';
		params.hint = 'Write the key as plain text, such as `empathy:`; a `?` before a key starts a complex key.';
	} else if (error.code === 'ALIAS_KEY') {
		params.detail = 'this key is an alias; keys in Rungs files are written out.';
		params.hint = 'Write the key itself instead of `*name`.';
	} else if (error.code === 'TAB_AS_INDENT') {
		params.hint = 'Indent with spaces: YAML does not allow tabs for indentation.';
	} else if (error.code === 'MULTIPLE_DOCS') {
		params.hint = 'A Rungs file holds one YAML document: remove the `---` separator and what follows, or split the file.';
	} else if (error.code === 'BLOCK_AS_IMPLICIT_KEY' && /nested mappings/i.test(detail)) {
		const lineEnd = file.text.indexOf('\n', error.pos[0]);
		const rest = file.text.slice(error.pos[0], lineEnd === -1 ? undefined : lineEnd);
		if (/:(\s|$)/.test(rest)) {
			// `text: Escalates: legal threats` on one line: the value holds `: `.
			params.detail = 'this value contains `: `, which YAML reads as the start of another key.';
			params.hint = 'Put the whole value in quotes, such as `text: "Escalates: legal threats"`.';
		} else if (lineEnd !== -1) {
			// The next line is indented deeper than its neighbours, so the parser reads it as the rest of this
			// value and complains here; the reader's mistake is the indentation of the next line.
			const next = lineEnd + 1 + (/^[ ]*/.exec(file.text.slice(lineEnd + 1))?.[0].length ?? 0);
			range = [next, next + (/^[^\s:]+/.exec(file.text.slice(next))?.[0].length ?? 1)];
			params.detail = 'this line is indented deeper than the key above it, so YAML reads it as part of the value before it.';
			params.hint = 'Indent it with the same number of spaces as the other keys of its mapping.';
		}
	} else if ((error.code === 'MULTILINE_IMPLICIT_KEY' && !/:/.test(lineAt(file.text, error.pos[0]))) || (error.code === 'MISSING_CHAR' && /followed by map values/.test(detail))) {
		// `summary A small ladder.`: a line without `key: value`, which the parser reads as a key spanning lines.
		params.detail = 'this line has no `:` after its key.';
		params.hint = 'Write it as `key: value`, or indent it to continue the value above.';
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
	// An indentation error points at the spaces before a key: point at the key, where the eye goes.
	const lineStart = file.text.lastIndexOf('\n', range[0] - 1) + 1;
	if (/^ +$/.test(file.text.slice(lineStart, range[0] + 1)) && range[1] - range[0] <= 1) {
		const key = lineStart + /^ */.exec(file.text.slice(lineStart))![0].length;
		range = [key, key + (/^[^\s:]+/.exec(file.text.slice(key))?.[0].length ?? 1)];
	}
	const span = spanOfRange(range, lineCounter, file.text);
	return createProblem(code, params, { file, span, path: [] });
}

/**
 * The problems worth showing: after the first syntax error the parser's later errors are mostly
 * its own confusion, so only duplicate keys found before that point are kept with it.
 */
function firstYamlErrors(errors: readonly Finding[]): Finding[] {
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

/**
 * Keys that appear twice in one mapping, in one pass. The parser's own check (`uniqueKeys`) compares
 * every key with every earlier one, which takes minutes on a 2 MB file of short keys; it also misses
 * keys that differ in YAML but not as data (`1` and `"1"`, `~` and `""`), which `toJS` would merge
 * silently, keeping the last.
 */
function duplicateKeys(doc: Document): Finding[] {
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
function unresolvedAlias(doc: Document): { name: string; range: [number, number] } | undefined {
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
function aliasToBlame(doc: Document, limit: number): [number, number] | undefined {
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
function tooDeepPath(value: unknown, limit: number): DataPath | undefined {
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
 * Control characters YAML does not allow unescaped (C0 but tab and line breaks, DEL, C1 but NEL).
 * Noncharacters such as U+FFFE are left alone: `yaml.stringify` writes them as they are, and a file
 * saved from the site must load back.
 */
const NOT_PRINTABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F]/;


/**
 * The `%YAML` directive of the document, if it has one: directives are the lines before the
 * content or its `---`. YAML 1.1 turns on `<<` merge keys, reads `yes`, `no` and `on` as booleans and
 * dates as timestamps; Rungs reads YAML 1.2 only.
 */
function yamlDirective(text: string): { offset: number; length: number; version: string } | undefined {
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
function withoutStacks<T>(parse: () => T): T {
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

/**
 * YAML (or JSON) text to plain data, with every syntax problem located. Never throws for bad input.
 */
export function parseSource(input: SourceFile): { parsed: ParsedSource; problems: Problem[] } {
	// A byte-order mark is invisible in editors; dropping it keeps columns as people see them.
	let file = input.text.startsWith('\uFEFF') ? { ...input, text: input.text.slice(1) } : input;
	// A lone CR (classic Mac line endings) ends a line in YAML, but yaml reads the whole file as one
	// line and reports a confusing error at 1:9; as LF (same length) every offset stays right.
	if (/\r(?!\n)/.test(file.text)) file = { ...file, text: file.text.replace(/\r(?!\n)/g, '\n') };
	const lineCounter = new LineCounter();
	const at = (span: Span) => ({ file, span, path: [] });
	const firstLine: Span = { line: 1, column: 1, endColumn: 2 };

	const size = utf8Length(file.text);
	if (size > MAX_SOURCE_BYTES) {
		const doc = parseDocument('', { lineCounter });
		const problem = createProblem('FILE_TOO_LARGE', { size, limit: MAX_SOURCE_BYTES }, at(firstLine));
		return { parsed: { file, doc, lineCounter, data: undefined }, problems: [problem] };
	}

	// Refuse nesting deep enough to exhaust the parser's stack before it gets the chance.
	const scan: YamlScan = mayBeTooDeep(file.text, MAX_DEPTH, MAX_INDENT) ? scanYaml(file.text, { maxFlowDepth: MAX_DEPTH, maxIndent: MAX_INDENT }) : {};
	if (scan.tooDeepAt !== undefined) {
		const doc = parseDocument('', { lineCounter: new LineCounter() });
		const span = spanOfRange([scan.tooDeepAt, scan.tooDeepAt + 1], lineCounterFor(file.text), file.text);
		const problem = createProblem('YAML_TOO_DEEP', { limit: MAX_DEPTH }, { file, span, path: [] });
		return { parsed: { file, doc, lineCounter, data: undefined }, problems: [problem] };
	}

	// YAML allows only printable characters unescaped; a raw control character is a syntax error (and
	// NUL bytes usually mean a UTF-16 or binary file), and an escape code would reach terminals.
	const control = NOT_PRINTABLE.exec(file.text);
	if (control) {
		const doc = parseDocument('', { lineCounter: new LineCounter() });
		const span = spanOfRange([control.index, control.index + 1], lineCounterFor(file.text), file.text);
		const detail = `the control character ${codePoint(control[0])} is not allowed in YAML text.`;
		const hint = 'Remove it. If the file came from another program, check that it is saved as UTF-8 text.';
		return { parsed: { file, doc, lineCounter, data: undefined }, problems: [createProblem('YAML_SYNTAX', { detail, hint }, { file, span: { ...span, endColumn: span.column + 1 }, path: [] })] };
	}

	const directive = yamlDirective(file.text);
	if (directive && directive.version !== '1.2') {
		const doc = parseDocument('', { lineCounter: new LineCounter() });
		const span = spanOfRange([directive.offset, directive.offset + directive.length], lineCounterFor(file.text), file.text);
		return { parsed: { file, doc, lineCounter, data: undefined }, problems: [createProblem('YAML_VERSION', { version: directive.version || '(no version)' }, { file, span, path: [] })] };
	}

	let doc: Document;
	try {
		// uniqueKeys: off, checked in one pass below. resolveKnownTags: off, so YAML 1.1 tags such as
		// `!!binary`, `!!set` or `!!timestamp` are unknown tags instead of bytes, sets and dates that no
		// schema accepts. logLevel: a library does not print warnings of its own.
		doc = withoutStacks(() =>
			parseDocument(file.text, { lineCounter, uniqueKeys: false, resolveKnownTags: false, logLevel: 'error', prettyErrors: false, strict: true }),
		);
	} catch (error) {
		if (!(error instanceof RangeError)) throw error;
		const empty = parseDocument('', { lineCounter: new LineCounter() });
		const problem = createProblem('YAML_TOO_DEEP', { limit: MAX_DEPTH }, at(firstLine));
		return { parsed: { file, doc: empty, lineCounter, data: undefined }, problems: [problem] };
	}

	const errors = firstYamlErrors([...doc.errors, ...doc.warnings.filter((w) => w.code === 'TAG_RESOLVE_FAILED'), ...duplicateKeys(doc)]);
	const problems = errors.slice(0, MAX_PROBLEMS_PER_FILE).map((e) => yamlProblem(file, e, lineCounter));
	if (errors.length > MAX_PROBLEMS_PER_FILE) {
		// Thousands of duplicate keys or unknown tags: the first hundred say what is wrong.
		const span = spanOfRange(errors[MAX_PROBLEMS_PER_FILE]!.pos, lineCounter, file.text);
		problems.push(createProblem('TOO_MANY_PROBLEMS', { count: errors.length - MAX_PROBLEMS_PER_FILE }, { file, span, path: [] }));
	}
	if (problems.length > 0) return { parsed: { file, doc, lineCounter, data: undefined }, problems };

	if (doc.contents === null) {
		return { parsed: { file, doc, lineCounter, data: undefined }, problems: [createProblem('FILE_EMPTY', {}, at(firstLine))] };
	}

	// An alias needs a `*`: most files have none, and need not be walked for one.
	const unresolved = file.text.includes('*') ? unresolvedAlias(doc) : undefined;
	if (unresolved) {
		const span = spanOfRange(unresolved.range, lineCounter, file.text);
		const problem = createProblem('YAML_SYNTAX', { detail: `the alias \`*${unresolved.name}\` refers to no anchor.`, hint: `Define \`&${unresolved.name}\` before this line, or write the value out.` }, { file, span, path: [] });
		return { parsed: { file, doc, lineCounter, data: undefined }, problems: [problem] };
	}
	let data: unknown;
	try {
		data = withoutStacks(() => doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }));
	} catch (error) {
		const code: ProblemCode = error instanceof RangeError ? 'YAML_TOO_DEEP' : 'YAML_ALIAS_LIMIT';
		if (!(error instanceof RangeError) && !(error instanceof ReferenceError)) throw error;
		// Point at the alias where the expansion gets out of hand, not at line 1.
		const blamed = code === 'YAML_ALIAS_LIMIT' ? aliasToBlame(doc, MAX_ALIAS_COUNT) : undefined;
		const span = blamed ? spanOfRange(blamed, lineCounter, file.text) : firstLine;
		return {
			parsed: { file, doc, lineCounter, data: undefined },
			problems: [createProblem(code, { limit: code === 'YAML_ALIAS_LIMIT' ? MAX_ALIAS_COUNT : MAX_DEPTH }, at(span))],
		};
	}
	const deep = tooDeepPath(data, MAX_DEPTH);
	if (deep) {
		// Nesting that the pre-parse scan lets through (block mappings at narrow indents, or aliases):
		// point at the deepest node the document has on that path.
		const span = locatePath(doc, lineCounter, file.text, deep);
		return {
			parsed: { file, doc, lineCounter, data: undefined },
			problems: [createProblem('YAML_TOO_DEEP', { limit: MAX_DEPTH }, at(span))],
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
	// The size bound first, before any work proportional to the size: the same bound as for text.
	if (bytes.length > MAX_SOURCE_BYTES) {
		const file = { path, text: '' };
		return { file, problems: [createProblem('FILE_TOO_LARGE', { size: bytes.length, limit: MAX_SOURCE_BYTES }, { file, span: { line: 1, column: 1, endColumn: 2 }, path: [] })] };
	}
	// UTF-16 (what some editors call "Unicode") is valid UTF-8 when it holds only ASCII, with a NUL
	// byte after every letter, and read as text it gave "the top level should be a mapping".
	const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || bytes.includes(0);
	const detail = (line: number, column: number) =>
		utf16
			? `it looks like UTF-16: a NUL byte or UTF-16 byte-order mark near line ${line}, column ${column}`
			: `an invalid byte sequence near line ${line}, column ${column}`;
	try {
		const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
		const nul = text.indexOf('\u0000');
		if (nul === -1) return { file: { path, text }, problems: [] };
		const lines = text.slice(0, nul).split('\n');
		const [line, column] = [lines.length, lines[lines.length - 1]!.length + 1];
		const file = { path, text };
		return { file, problems: [createProblem('FILE_NOT_TEXT', { detail: detail(line, column) }, { file, span: { line, column, endColumn: column + 1 }, path: [] })] };
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
			{ detail: detail(line, column) },
			{ file, span: { line, column, endColumn: column + 1 }, path: [] },
		);
		return { file, problems: [problem] };
	}
}
