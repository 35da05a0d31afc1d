import { isScalar, isSeq, stringify, type Node } from 'yaml';
import type { DataPath, SourceFile } from '../diagnostics/problem.ts';
import { findNode } from '../diagnostics/locate.ts';
import { fail, succeed, type Result } from '../diagnostics/result.ts';
import type { Framework } from '../model/framework.ts';
import { withDerivedIds } from '../model/statement-ids.ts';
import type { WrittenStatement } from '../schema/competency.ts';
import { parseFramework, type ParseFrameworkOptions } from '../pipeline/parse-framework.ts';
import { identifySource } from '../source/identify.ts';
import { parseSource } from '../source/parse-yaml.ts';

/** One plain-string statement given its id. */
export interface StatementIdFix {
	/** 1-based line of the statement in the file as it was. */
	line: number;
	/** The competency it belongs to. */
	competency: string;
	/** The id written, the one derived from its text until now. */
	id: string;
	text: string;
}

/** A file that changes, with its new text and what changed in it. */
export interface FixedFile {
	path: string;
	text: string;
	fixes: StatementIdFix[];
}

/** Where the competencies that hold statements are, per kind of file. */
const COMPETENCY_LISTS = { ladder: ['sharedCompetencies', 'competencies'], 'shared-competencies': ['competencies'] } as const;

type Competencies = ReadonlyArray<{ id?: unknown; expectations?: Record<string, WrittenStatement[]> }>;

/**
 * Writes an explicit id for every plain-string statement of a folder of ladders: `- Does X` becomes
 * `- id: does-x` / `text: Does X`, the id being the one derived until now, so assessments that rate
 * it keep their ratings when the text is later reworded. Only the statements' own text changes:
 * comments, blank lines, quoting and every other line stay byte for byte. A folder that does not
 * validate gives its problems and no file; files with nothing to fix are left out. Running it
 * again finds nothing to do.
 *
 * @example
 * const fixed = fixStatementIds([{ path: 'framework.yaml', text: frameworkText }, { path: 'support-representative.yaml', text: ladderText }]);
 * if (fixed.ok) for (const file of fixed.value) await writeFile(file.path, file.text);
 */
export function fixStatementIds(sources: readonly SourceFile[], options: ParseFrameworkOptions = {}): Result<FixedFile[]> {
	const before = parseFramework(sources, options);
	if (!before.ok) return fail(before.problems);
	const fixed = sources.flatMap((source) => {
		const file = fixFile(source);
		return file ? [file] : [];
	});
	if (fixed.length === 0) return succeed(fixed, before.warnings);
	// The fixed files must describe the same framework, ids and texts alike; anything else is a bug here.
	const after = parseFramework(sources.map((s) => fixed.find((f) => f.path === s.path) ?? s), options);
	if (!after.ok || withoutDerivedFlags(after.value) !== withoutDerivedFlags(before.value)) {
		throw new Error(`fixStatementIds changed what the ladders say: ${after.ok ? 'the framework differs' : after.problems.map((p) => p.message).join(' ')}`);
	}
	return succeed(fixed, before.warnings);
}

function fixFile(source: SourceFile): FixedFile | undefined {
	const kind = identifySource(source).kind;
	if (kind !== 'ladder' && kind !== 'shared-competencies') return undefined;
	const { parsed } = parseSource(source);
	// parseSource drops a byte-order mark; offsets into the text it parsed are one less than into the file.
	const shift = source.text.length - parsed.file.text.length;
	const newline = source.text.includes('\r\n') ? '\r\n' : '\n';
	const splices: Array<{ start: number; end: number; text: string }> = [];
	const fixes: StatementIdFix[] = [];
	for (const list of COMPETENCY_LISTS[kind]) {
		const competencies = (parsed.data as Record<string, unknown>)[list] as Competencies | undefined;
		competencies?.forEach((competency, index) => {
			const derived = withDerivedIds(competency as { expectations?: Record<string, WrittenStatement[]> });
			for (const [level, statements] of Object.entries(derived.expectations ?? {})) {
				statements.forEach((statement, i) => {
					if (!statement.derivedId) return;
					const path: DataPath = [list, index, 'expectations', level, i];
					const node = findNode(parsed.doc, path).node;
					const parent = findNode(parsed.doc, path.slice(0, -1)).node;
					if (!node?.range) return;
					const inFlow = isSeq(parent) && parent.flow === true;
					const { start, end, text } = replacement(parsed.file.text, node, statement.id, inFlow, newline);
					splices.push({ start: start + shift, end: end + shift, text });
					fixes.push({ line: parsed.lineCounter.linePos(node.range[0]).line, competency: String(competency.id), id: statement.id, text: statement.text });
				});
			}
		});
	}
	if (splices.length === 0) return undefined;
	let text = source.text;
	for (const splice of splices.sort((a, b) => b.start - a.start)) text = text.slice(0, splice.start) + splice.text + text.slice(splice.end);
	return { path: source.path, text, fixes: fixes.sort((a, b) => a.line - b.line) };
}

/**
 * The statement as `{ id, text }`: in a block list, `id` where the text began and `text` below it at
 * the same column; in a flow list, a flow mapping. The text keeps its own writing (quotes, an anchor)
 * when it sits on one line; text over several lines (folded, a block scalar) is written again
 * double-quoted, since its old indentation no longer fits.
 */
function replacement(text: string, node: Node, id: string, inFlow: boolean, newline: string): { start: number; end: number; text: string } {
	const start = propertiesStart(text, node.range![0]);
	// A block scalar's range runs past its final line break; that break stays.
	let end = node.range![1];
	while (end > start && /\s/.test(text[end - 1]!)) end--;
	const written = text.slice(start, end);
	const value = written.includes('\n') ? JSON.stringify(isScalar(node) ? String(node.value) : written) : written;
	// Quoted where YAML would read it as something else: a text "2024" derives the id `2024`, a number.
	const key = stringify(id).trimEnd();
	if (inFlow) return { start, end, text: `{ id: ${key}, text: ${value} }` };
	const column = start - (text.lastIndexOf('\n', start - 1) + 1);
	return { start, end, text: `id: ${key}${newline}${' '.repeat(column)}text: ${value}` };
}

/**
 * Where a node's text begins with its anchor and tag (`&same Does X`, `!!str 2024`), which its range
 * leaves out: they belong to the text, so they move with it to `text:`.
 */
function propertiesStart(text: string, start: number): number {
	let at = start;
	for (;;) {
		let gap = at;
		while (gap > 0 && (text[gap - 1] === ' ' || text[gap - 1] === '\t')) gap--;
		let token = gap;
		while (token > 0 && !' \t\r\n[{,'.includes(text[token - 1]!)) token--;
		if (token < gap && (text[token] === '&' || text[token] === '!')) at = token;
		else return at;
	}
}

/** The framework with `derivedId` flags dropped: before and after a fix, ids and texts are the same. */
function withoutDerivedFlags(framework: Framework): string {
	return JSON.stringify(framework, (key, value: unknown) => (key === 'derivedId' || key === 'file' ? undefined : value));
}
