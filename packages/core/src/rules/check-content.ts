import type { DataPath } from '../diagnostics/problem.ts';
import type { ParsedSource } from '../source/parse-yaml.ts';
import type { Statement } from '../schema/competency.ts';
import type { Reporter } from '../source/reporter.ts';

/** Digits, percentages and rates: targets belong outside the ladder, behind a link. */
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

/** A Markdown link's target, `](https://…)`: an address, not a number in the behaviour. */
const LINK_TARGET = /\]\([^()\s]*\)/g;

/**
 * The names of a framework's levels, written in statements ("works with L1-L2 Representatives",
 * "at P3"): level ids, bands and titles, and the words of titles that hold a digit. A number inside
 * one is a level, not a target. Names with no letter (a level id `2`) are left out: they would
 * excuse every number. One pattern per framework, longest names first so a title wins over its
 * words; matched only where no letter or digit touches either end.
 */
export function levelNamesPattern(levels: Iterable<{ id: string; band?: string | undefined; title: string }>): RegExp | undefined {
	const names = new Set<string>();
	for (const level of levels) {
		for (const name of [level.id, level.band, level.title, ...level.title.split(/\s+/).filter((word) => /\d/.test(word))]) {
			if (name && /\p{L}/u.test(name) && /\d/.test(name)) names.add(name);
		}
	}
	if (names.size === 0) return undefined;
	const alternatives = [...names].sort((a, b) => b.length - a.length).map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
	return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

/** What the number rule reads of a statement: without link targets and the framework's level names. */
const withoutNames = (text: string, names: RegExp | undefined): string => {
	const unlinked = text.includes('](') ? text.replace(LINK_TARGET, ']') : text;
	return names ? unlinked.replace(names, ' ') : unlinked;
};

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
 * The house rules on one competency's statements: no numbers in behaviour (`numbers-in-statements`),
 * no statement repeated within or across levels (`duplicate-statements`), no level with fewer
 * statements than the one below unless explained (`statements-progress`). `names` is the
 * framework's level names (levelNamesPattern), whose numbers are not targets.
 */
export function checkStatementContent(
	reporter: Reporter,
	source: ParsedSource,
	competency: string,
	levels: readonly LevelStatements[],
	names?: RegExp,
): void {
	const numbers = reporter.isOn('numbers-in-statements');
	const duplicates = reporter.isOn('duplicate-statements');
	const seen = new Map<string, { id: string; level: string }>();
	let previous: LevelStatements | undefined;
	for (const level of levels) {
		for (const { statement, path } of level.statements) {
			const number = numbers ? NUMBER_PATTERN.exec(withoutNames(statement.text, names)) : null;
			if (number) reporter.rule(source, 'NUMBER_IN_EXPECTATION', statementField(statement, path, 'text'), { match: number[0], rule: 'numbers-in-statements' });
			if (!duplicates) continue;
			const key = normaliseText(statement.text);
			const other = seen.get(key);
			if (other) {
				reporter.rule(source, 'DUPLICATE_STATEMENT', statementField(statement, path, 'text'), { other: other.id, otherLevel: other.level, rule: 'duplicate-statements' });
			} else seen.set(key, { id: statement.id, level: level.level });
		}
		if (previous && level.count > 0 && level.count < previous.count && !level.explained) {
			reporter.rule(source, 'FEWER_STATEMENTS', level.countPath, {
				competency,
				level: level.level,
				count: level.count,
				previous: previous.level,
				previousCount: previous.count,
				rule: 'statements-progress',
			}, 'key');
		}
		if (level.count > 0) previous = level;
	}
}
