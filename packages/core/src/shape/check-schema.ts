import { z } from 'zod';
import { codePoint, MAX_PROBLEMS_PER_FILE, type DataPath, type Problem } from '../diagnostics/problem.ts';
import { createProblem } from '../diagnostics/create-problem.ts';
import { describePath, suggest } from '../diagnostics/describe-path.ts';
import { spanOf, type Locatable } from '../diagnostics/locate.ts';
import { valueAt, type AnySchema, type Issue } from './schema-at.ts';
import { findHostileData, hostileProblem } from './hostile-data.ts';
import { issueToProblems } from './issue-problems.ts';

export { findHostileData, type HostileData } from './hostile-data.ts';

/**
 * Checks data against a zod schema and turns every issue into a located problem.
 * Returns the typed value when there is no issue.
 */
export function checkSchema<S extends AnySchema>(
	schema: S,
	source: Locatable,
	parsed?: z.ZodSafeParseResult<z.output<S>>,
): { value?: z.output<S>; problems: Problem[] } {
	// The caller may have parsed already (the fast path for data): the answer is the same.
	const result = parsed ?? schema.safeParse(source.data);
	const problems: Problem[] = [];
	// One issue per unknown key, so the cap below counts problems, not issues.
	const allIssues: Issue[] = result.success ? [] : result.error.issues.flatMap((i): Issue[] => (i.code === 'unrecognized_keys' ? i.keys.map((key) => ({ ...i, keys: [key] })) : [i]));
	const misspelt = pairMisspeltKeys(schema, source.data, allIssues);
	const issues = allIssues.filter((i) => !misspelt.missing.has(i));
	const hostile = findHostileData(schema, source.data);
	let shown = 0;
	for (const issue of issues) {
		if (shown++ >= MAX_PROBLEMS_PER_FILE) break;
		const meant = misspelt.unknown.get(issue);
		if (meant !== undefined) problems.push(misspeltKeyProblem(source, issue, meant));
		else for (const problem of issueToProblems(schema, source, issue)) problems.push(problem);
	}
	for (const found of hostile) {
		if (shown++ >= MAX_PROBLEMS_PER_FILE) break;
		problems.push(hostileProblem(schema, source, found));
	}
	const hidden = issues.length + hostile.length - MAX_PROBLEMS_PER_FILE;
	if (hidden > 0) {
		const issue = issues[MAX_PROBLEMS_PER_FILE];
		const path: DataPath = !issue
			? hostile[MAX_PROBLEMS_PER_FILE - issues.length]!.path
			: issue.code === 'unrecognized_keys'
				? [...(issue.path as Array<string | number>), issue.keys[0]!]
				: (issue.path as Array<string | number>);
		problems.push(createProblem('TOO_MANY_PROBLEMS', { count: hidden }, { file: source.file, span: spanOf(source, path, 'key'), path: [] }));
	}
	if (problems.length === 0 && result.success) return { value: result.data, problems: [] };
	// Two checks of one value can fail alike (a `javascript:` address fails both URL rules): say it once.
	const seen = new Set<string>();
	return {
		problems: problems.filter((p) => {
			const key = `${p.code}|${p.line ?? JSON.stringify(p.path)}|${p.column}|${p.message}`;
			return !seen.has(key) && seen.add(key);
		}),
	};
}

const pathKey = (path: DataPath): string => JSON.stringify(path);

/**
 * One mistake, one problem: a misspelt required key (`sumary:`) is both an unknown key and a missing
 * field to zod. Pairs each unknown key with the missing key of the same mapping it is a likely typo
 * of; the pair is reported once, as MISSPELT_KEY at the misspelt key.
 */
function pairMisspeltKeys(root: AnySchema, data: unknown, issues: readonly Issue[]): { unknown: Map<Issue, string>; missing: Set<Issue> } {
	const unknown = new Map<Issue, string>();
	const missing = new Set<Issue>();
	const missingAt = new Map<string, Issue>();
	for (const issue of issues) {
		if (issue.code === 'invalid_type' && issue.path.length > 0 && valueAt(data, issue.path as DataPath) === undefined) missingAt.set(pathKey(issue.path as DataPath), issue);
	}
	if (missingAt.size === 0) return { unknown, missing };
	for (const issue of issues) {
		if (issue.code !== 'unrecognized_keys') continue;
		const path = issue.path as DataPath;
		const key = issue.keys[0]!;
		const candidates = [...missingAt.values()].flatMap((found) => {
			const p = found.path as DataPath;
			return !missing.has(found) && pathKey(p.slice(0, -1)) === pathKey(path) ? [String(p[p.length - 1])] : [];
		});
		const meant = suggest(key, candidates);
		if (meant === undefined) continue;
		unknown.set(issue, meant);
		missing.add(missingAt.get(pathKey([...path, meant]))!);
	}
	return { unknown, missing };
}

function misspeltKeyProblem(source: Locatable, issue: Issue, meant: string): Problem {
	const { file, data } = source;
	const path = issue.path as DataPath;
	const key = (issue as { keys: string[] }).keys[0]!;
	const at = [...path, key];
	// A look-alike letter (Cyrillic а in `bаnd`) makes the two read the same: name it.
	const odd = [...key].find((ch) => ch.codePointAt(0)! > 0x7e);
	const lookAlike = odd ? { lookAlike: { char: odd, codePoint: codePoint(odd) } } : {};
	return createProblem('MISSPELT_KEY', { key, meant, at: path.length > 0 ? describePath(data, path) : '', ...lookAlike }, { file, span: spanOf(source, at, 'key'), path: at });
}

