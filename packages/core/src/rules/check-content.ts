import type { DataPath } from '../diagnostics/problem.ts';
import type { ParsedSource } from '../source/parse-yaml.ts';
import type { Statement } from '../schema/competency.ts';
import type { Reporter } from '../source/reporter.ts';

/** Digits, percentages and rates: targets belong outside the matrix, behind a link. */
const NUMBER_PATTERN = /\d+(?:[.,]\d+)?\s*%|\d+(?:[.,]\d+)?|\bper (?:hour|day|week|month|shift)\b|\bpercent\b/i;

const normalised = new Map<string, string>();
/** A statement as compared for repetition: lower case, words only. Cached: shared text recurs per ladder. */
export function normaliseText(text: string): string {
	let key = normalised.get(text);
	if (key === undefined) {
		key = text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
		if (normalised.size > 50_000) normalised.clear();
		normalised.set(text, key);
	}
	return key;
}

/**
 * Where a statement's `id` or `text` is: a plain-string statement is its text, and its id is derived
 * from it, so both point at the string itself.
 */
export const statementField = (statement: Statement, path: DataPath, field: 'id' | 'text'): DataPath =>
	statement.derivedId ? path : [...path, field];

/** One level's statements, as the content rules see them, in ladder order. */
export interface LevelStatements {
	/** A level id or a band. */
	level: string;
	statements: ReadonlyArray<{ statement: Statement; path: DataPath }>;
	/** The statement count used for "fewer than the level below" (shared ones included). */
	count: number;
	/** Where to point a "fewer statements" warning. */
	countPath: DataPath;
	/** True when `levelNotes` explains the level. */
	explained: boolean;
}

/**
 * The content rules every competency follows, as warnings: no numbers in behaviour, no statement
 * repeated within or across levels, no level with fewer statements than the one below unless
 * explained.
 */
export function checkStatementContent(
	reporter: Reporter,
	source: ParsedSource,
	competency: string,
	levels: readonly LevelStatements[],
): void {
	const seen = new Map<string, { id: string; level: string }>();
	let previous: LevelStatements | undefined;
	for (const level of levels) {
		for (const { statement, path } of level.statements) {
			const number = NUMBER_PATTERN.exec(statement.text);
			if (number) reporter.report(source, 'NUMBER_IN_EXPECTATION', statementField(statement, path, 'text'), { match: number[0] });
			const key = normaliseText(statement.text);
			const other = seen.get(key);
			if (other) {
				reporter.report(source, 'DUPLICATE_STATEMENT', statementField(statement, path, 'text'), { other: other.id, otherLevel: other.level });
			} else seen.set(key, { id: statement.id, level: level.level });
		}
		if (previous && level.count > 0 && level.count < previous.count && !level.explained) {
			reporter.report(source, 'FEWER_STATEMENTS', level.countPath, {
				competency,
				level: level.level,
				count: level.count,
				previous: previous.level,
				previousCount: previous.count,
			}, 'key');
		}
		if (level.count > 0) previous = level;
	}
}
