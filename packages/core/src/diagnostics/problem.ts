import { PROBLEMS, type ProblemCode, type ProblemParams } from './catalog.ts';
import { wordProblem, type Messages } from '../messages/catalog.ts';

export type Severity = 'error' | 'warning';
export type DataPath = ReadonlyArray<string | number>;

/** What every problem has, whatever its code. */
export interface ProblemBase {
	severity: Severity;
	/** The problem in English, worded by the built-in catalog: convenient for logs. To word it in
	 * another language, pass `{ code, params }` to `formatMessage` with your catalog. */
	message: string;
	/** What to do about it, in English (the catalog's `CODE.hint`). */
	hint?: string;
	/** The file, or the name given to the data object. */
	file: string;
	/** 1-based line in the text; absent for a problem found in a data object. */
	line?: number;
	/** 1-based column in the text; absent for a problem found in a data object. */
	column?: number;
	/** Where the offending text ends on its first line, for underlining; absent with `line`. */
	endColumn?: number;
	/** The data path of the offending value, such as `["levels", 2, "band"]`. */
	path: Array<string | number>;
	/** A few numbered lines of the source around the problem, with the place marked; empty when there
	 * is no source to show (a file that could not be read, an empty one, or a data object). */
	frame: string;
}

/**
 * One thing wrong with one input: its permanent code, and the parameters that code takes (a
 * discriminated union: narrowing on `code` types `params`). Text input (a file, a line of a batch)
 * is located at a line and column (both 1-based) as well as by data path; a data object (from a
 * database, an HTTP body) has no text, so its problems are located by `path` only and carry no
 * line, column or frame.
 */
export type Problem = { [C in ProblemCode]: ProblemBase & { code: C; params: ProblemParams[C] } }[ProblemCode];

export interface SourceFile {
	/** The path shown in messages; any string that names the source. */
	path: string;
	text: string;
}

export interface Span {
	/** 1-based line. */
	line: number;
	/** 1-based column. */
	column: number;
	endColumn: number;
}

const FRAME_CONTEXT = 2;
const FRAME_WIDTH = 160;

/**
 * Control and invisible characters (escape codes, bidi overrides, zero-width spaces) from a file,
 * one for one, as a visible stand-in: a frame printed to a terminal must not drive it, and a reader
 * must see what is there. C0 controls get their Unicode "control picture" (ESC shows as ␛).
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;
const shownInFrame = (line: string): string =>
	line.replace(INVISIBLE, (ch) => {
		const code = ch.codePointAt(0)!;
		const stand = code < 0x20 ? String.fromCharCode(0x2400 + code) : code === 0x7f ? '\u2421' : '\uFFFD';
		return stand.padEnd(ch.length, '\uFFFD');
	});

/**
 * The same characters in a message or hint, named: "`sen<U+200B>ior` is not a valid identifier".
 *
 * @example
 * visibleText('a\u200Bb'); // "a<U+200B>b"
 */
export const visibleText = (text: string): string => text.replace(INVISIBLE, (ch) => `<${codePoint(ch)}>`);

/** A character's code point as Unicode writes it, `U+200B`. */
export const codePoint = (ch: string): string => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** The last text split into lines: every problem of a file frames the same text, and splitting a
 * 2 MB text once per problem made 20,000 problems take seconds. */
let lastText: string | undefined;
let lastLines: string[] = [];
const linesOf = (text: string): string[] => {
	if (text !== lastText) {
		lastText = text;
		lastLines = text.split(/\r?\n/);
	}
	return lastLines;
};

/**
 * The source lines around a span, numbered, with the span underlined.
 *
 * @example
 * codeFrame('a: 1\nb: 2\n', { line: 2, column: 1, endColumn: 2 });
 * // "  1 | a: 1\n> 2 | b: 2\n    | ^"
 */
export function codeFrame(text: string, span: Span): string {
	const lines = linesOf(text);
	const first = Math.max(1, span.line - FRAME_CONTEXT);
	const last = Math.min(lines.length, span.line + FRAME_CONTEXT);
	const gutter = String(last).length;
	const out: string[] = [];
	for (let n = first; n <= last; n++) {
		// Cut before replacing: 20,000 problems on one 160 KB line made this quadratic.
		const line = lines[n - 1] ?? '';
		const raw = shownInFrame(line.slice(0, FRAME_WIDTH + 1).replace(/\t/g, ' '));
		const shown = line.length > FRAME_WIDTH ? `${raw.slice(0, FRAME_WIDTH)}…` : raw;
		const marker = n === span.line ? '>' : ' ';
		out.push(`${marker} ${String(n).padStart(gutter)} | ${shown}`.trimEnd());
		if (n === span.line) {
			const start = Math.min(span.column, FRAME_WIDTH + 1);
			const width = Math.max(1, Math.min(span.endColumn, FRAME_WIDTH + 1) - start);
			out.push(`  ${' '.repeat(gutter)} | ${' '.repeat(start - 1)}${'^'.repeat(width)}`);
		}
	}
	return out.join('\n');
}

/**
 * Problems located per file and check. A 2 MB file can hold 200,000 unknown keys: locating and
 * framing them all took seconds and gigabytes, and pushing them as arguments overflowed the stack.
 * Past this many, the rest are counted in one TOO_MANY_PROBLEMS.
 */
export const MAX_PROBLEMS_PER_FILE = 100;

/** The most characters of one value a message quotes; the frame shows where the rest is. */
const MAX_PARAM_LENGTH = 500;
const cutParam = <T>(value: T): T => {
	if (typeof value !== 'string' || value.length <= MAX_PARAM_LENGTH) return value;
	const end = value.charCodeAt(MAX_PARAM_LENGTH - 1) >= 0xd800 && value.charCodeAt(MAX_PARAM_LENGTH - 1) <= 0xdbff ? MAX_PARAM_LENGTH - 1 : MAX_PARAM_LENGTH;
	return `${value.slice(0, end)}…` as T;
};

/**
 * createProblem with the English of some codes only (`english`, which has `code`): what a module that
 * reports a few problems uses (see ArgumentCheck), so it does not bring every problem's words along.
 */
export function problemIn<C extends ProblemCode>(
	english: Partial<Messages>,
	code: C,
	params: ProblemParams[C],
	where: { file: SourceFile; span?: Span; path: DataPath },
): Problem {
	const span = where.span;
	// Messages quote values from the file: cut each at a readable length (a 400 KB key made a 400 KB
	// message); the wording makes invisible and control characters visible.
	const cut = Object.fromEntries(Object.entries(params).map(([name, value]) => [name, cutParam(value)])) as ProblemParams[C];
	const { message, hint } = wordProblem(english, { code, params: cut, line: span?.line });
	return {
		code,
		params: cut,
		severity: PROBLEMS[code].severity,
		message: visibleText(message),
		...(hint ? { hint: visibleText(hint) } : {}),
		file: where.file.path,
		...(span ? { line: span.line, column: span.column, endColumn: span.endColumn } : {}),
		path: [...where.path],
		// A frame of nothing (`> 1 |` over a caret) says nothing: a file that could not be read has no source.
		frame: !span || where.file.text === '' ? '' : codeFrame(where.file.text, span),
	} as Problem;
}

/**
 * A data path as code writes it, the location of a problem in a data object: `levels[2].band`,
 * `ratings["odd key"]`.
 *
 * @example
 * pathText(['levels', 2, 'band']); // "levels[2].band"
 */
export function pathText(path: DataPath): string {
	let text = '';
	for (const segment of path) {
		if (typeof segment === 'number') text += `[${segment}]`;
		else if (/^[A-Za-z_$][\w$-]*$/.test(segment)) text += text === '' ? segment : `.${segment}`;
		else text += `[${JSON.stringify(segment)}]`;
	}
	return text === '' ? '(top level)' : text;
}

/**
 * True when any problem is an error (warnings alone do not fail a load).
 *
 * @example
 * if (hasErrors(problemsOf(result))) process.exitCode = 1;
 */
export const hasErrors = (problems: readonly Problem[]): boolean => problems.some((p) => p.severity === 'error');

/** An object's key order is its own, not a reading order: problems of one object sort by path instead. */
function comparePaths(a: DataPath, b: DataPath): number {
	for (let i = 0; i < Math.min(a.length, b.length); i++) {
		const x = a[i]!;
		const y = b[i]!;
		if (x === y) continue;
		if (typeof x === 'number' && typeof y === 'number') return x - y;
		return String(x) < String(y) ? -1 : 1;
	}
	return a.length - b.length;
}

/**
 * Problems in reading order: by file, then line, then column; problems of a data object (no line)
 * by data path.
 *
 * @example
 * for (const problem of sortProblems(problems)) console.log(formatProblem(problem));
 */
export function sortProblems(problems: readonly Problem[]): Problem[] {
	return [...problems].sort(
		(a, b) =>
			a.file.localeCompare(b.file) ||
			(a.line ?? 0) - (b.line ?? 0) ||
			(a.column ?? 0) - (b.column ?? 0) ||
			(a.line === undefined && b.line === undefined ? comparePaths(a.path, b.path) : 0) ||
			a.code.localeCompare(b.code),
	);
}
