import { LineCounter, parseDocument, type Document } from 'yaml';
import { codePoint, MAX_PROBLEMS_PER_FILE, type Problem, type SourceFile, type Span } from '../diagnostics/problem.ts';
import { createProblem } from '../diagnostics/create-problem.ts';
import type { ProblemCode } from '../diagnostics/catalog.ts';
import { locatePath, spanOfRange } from '../diagnostics/locate.ts';
import { mayBeTooDeep, scanYaml, type YamlScan } from './scan-yaml.ts';
import { firstYamlErrors, yamlProblem } from './yaml-problems.ts';
import { aliasToBlame, duplicateKeys, lineCounterFor, tooDeepPath, unresolvedAlias, withoutStacks, yamlDirective } from './yaml-guards.ts';

/** A source file parsed to plain data, keeping what is needed to locate any data path in it. */
export interface ParsedSource {
	file: SourceFile;
	/**
	 * The YAML document. A file that parsed cleanly lets its document go once the data is read and
	 * parses its text again the first time this is read (to locate a problem, or to edit the file):
	 * a folder's documents are several times the size of its text, and keeping every one alive
	 * until the cross-file rules ran made loading 500 ladders spend a quarter of its time in GC.
	 */
	readonly doc: Document;
	lineCounter: LineCounter;
	/** Plain data; undefined when the YAML itself is broken. */
	data: unknown;
}

import { MAX_SOURCE_BYTES } from '../schema/limits.ts';
import { plainData } from './plain-data.ts';

export { MAX_SOURCE_BYTES };
/** Alias expansions allowed while converting to data (guards against "billion laughs"). */
const MAX_ALIAS_COUNT = 100;
/** Deepest nesting of collections allowed. */
const MAX_DEPTH = 64;
/** Widest indentation allowed, in spaces and `- ` markers: far beyond any real file, far below a stack overflow. */
const MAX_INDENT = 256;

const utf8Length = (text: string) => new TextEncoder().encode(text).length;

/**
 * Control characters YAML does not allow unescaped (C0 but tab and line breaks, DEL, C1 but NEL).
 * Noncharacters such as U+FFFE are left alone: `yaml.stringify` writes them as they are, and a file
 * saved from the site must load back.
 */
const NOT_PRINTABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F]/;


/**
 * YAML (or JSON) text to plain data, with every syntax problem located. Never throws for bad input.
 */
export function parseSource(input: SourceFile): { parsed: ParsedSource; problems: Problem[] } {
	// A byte-order mark is invisible in editors; dropping it keeps columns as people see them.
	let file = input.text.startsWith('\uFEFF') ? { ...input, text: input.text.slice(1) } : input;
	// A lone CR (classic Mac line endings) ends a line in YAML, but yaml reads the whole file as one
	// line and reports a confusing error at 1:9; as LF (same length) every offset stays right.
	if (file.text.includes('\r') && /\r(?!\n)/.test(file.text)) file = { ...file, text: file.text.replace(/\r(?!\n)/g, '\n') };
	const lineCounter = new LineCounter();
	const at = (span: Span) => ({ file, span, path: [] });
	const firstLine: Span = { line: 1, column: 1, endColumn: 2 };

	// A UTF-16 code unit is at most three bytes of UTF-8: most files are far below the bound, and
	// need not be encoded (a copy of the whole text) to know it.
	const size = file.text.length * 3 <= MAX_SOURCE_BYTES ? 0 : utf8Length(file.text);
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
		const trouble = { kind: 'control-character', codePoint: codePoint(control[0]) } as const;
		return { parsed: { file, doc, lineCounter, data: undefined }, problems: [createProblem('YAML_SYNTAX', { trouble }, { file, span: { ...span, endColumn: span.column + 1 }, path: [] })] };
	}

	const directive = yamlDirective(file.text);
	if (directive && directive.version !== '1.2') {
		const doc = parseDocument('', { lineCounter: new LineCounter() });
		const span = spanOfRange([directive.offset, directive.offset + directive.length], lineCounterFor(file.text), file.text);
		return { parsed: { file, doc, lineCounter, data: undefined }, problems: [createProblem('YAML_VERSION', { version: directive.version || '(no version)' }, { file, span, path: [] })] };
	}

	let doc: Document;
	try {
		doc = readDocument(file.text, lineCounter);
	} catch (error) {
		if (!(error instanceof RangeError)) throw error;
		const empty = parseDocument('', { lineCounter: new LineCounter() });
		const problem = createProblem('YAML_TOO_DEEP', { limit: MAX_DEPTH }, at(firstLine));
		return { parsed: { file, doc: empty, lineCounter, data: undefined }, problems: [problem] };
	}

	// An alias needs a `*`: most files have none, and their data and duplicate keys come from one walk.
	// A file with syntax errors gets no data, so its duplicate keys come from the check alone.
	const hasAliases = file.text.includes('*');
	const plain = hasAliases || doc.errors.length > 0 ? undefined : plainData(doc, MAX_DEPTH);
	const errors = firstYamlErrors([...doc.errors, ...doc.warnings.filter((w) => w.code === 'TAG_RESOLVE_FAILED'), ...(plain ? plain.duplicates : duplicateKeys(doc))]);
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

	if (plain) return { parsed: withDocumentOnDemand(file, lineCounter, plain.data), problems: [] };
	// An alias needs a `*`: most files have none, and need not be walked for one.
	const unresolved = hasAliases ? unresolvedAlias(doc) : undefined;
	if (unresolved) {
		const span = spanOfRange(unresolved.range, lineCounter, file.text);
		const problem = createProblem('YAML_SYNTAX', { trouble: { kind: 'unknown-alias', name: unresolved.name } }, { file, span, path: [] });
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
	return { parsed: withDocumentOnDemand(file, lineCounter, data), problems: [] };
}

/**
 * The one way a file's text becomes a YAML document, so a document parsed again on demand has the
 * same nodes and ranges as the first. uniqueKeys: off, checked in one pass in parseSource.
 * resolveKnownTags: off, so YAML 1.1 tags such as `!!binary`, `!!set` or `!!timestamp` are unknown
 * tags instead of bytes, sets and dates that no schema accepts. logLevel: a library does not print
 * warnings of its own.
 */
const readDocument = (text: string, lineCounter: LineCounter): Document =>
	withoutStacks(() => parseDocument(text, { lineCounter, uniqueKeys: false, resolveKnownTags: false, logLevel: 'error', prettyErrors: false, strict: true }));

/**
 * A cleanly parsed file without its document: the line starts (one number a line) locate a range,
 * and the document is parsed again from the same text the first time it is asked for, then kept.
 */
function withDocumentOnDemand(file: SourceFile, lineCounter: LineCounter, data: unknown): ParsedSource {
	let doc: Document | undefined;
	return {
		file,
		lineCounter,
		data,
		get doc() {
			// Its own line counter: the one kept already holds every line start of this text.
			doc ??= readDocument(file.text, new LineCounter());
			return doc;
		},
	};
}

/**
 * One strict decoder for every whole text: a call without `stream` starts afresh, even after one
 * that threw, and a batch decodes each of its lines here, so none needs a decoder of its own.
 */
const utf8 = /* @__PURE__ */ new TextDecoder('utf-8', { fatal: true });

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
	const encoding = utf16 ? 'utf-16' : 'invalid';
	try {
		const text = utf8.decode(bytes);
		const nul = text.indexOf('\u0000');
		if (nul === -1) return { file: { path, text }, problems: [] };
		const lines = text.slice(0, nul).split('\n');
		const [line, column] = [lines.length, lines[lines.length - 1]!.length + 1];
		const file = { path, text };
		return { file, problems: [createProblem('FILE_NOT_TEXT', { encoding, line, column }, { file, span: { line, column, endColumn: column + 1 }, path: [] })] };
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
			{ encoding, line, column },
			{ file, span: { line, column, endColumn: column + 1 }, path: [] },
		);
		return { file, problems: [problem] };
	}
}
