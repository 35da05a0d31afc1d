import { hasErrors, sortProblems, type Problem, type SourceFile } from '../diagnostics/problem.ts';
import { createProblem } from '../diagnostics/create-problem.ts';
import type { Framework } from '../model/framework.ts';
import { checkSchema } from '../shape/check-schema.ts';
import { compileShape } from '../shape/compile-shape.ts';
import { parseSource, type ParsedSource } from '../source/parse-yaml.ts';
import { readFormat, type FileKind } from '../source/read-format.ts';
import { checkFrameworkFile } from '../rules/check-framework.ts';
import { checkLadderFile, fileStem } from '../rules/check-ladder.ts';
import { checkPathsFile } from '../rules/check-paths.ts';
import { checkSharedFile } from '../rules/check-shared.ts';
import { compileBandPattern } from '../rules/band-pattern.ts';
import { levelNamesPattern } from '../rules/check-content.ts';
import { resolveHouseRules } from '../schema/house-rules.ts';
import { DEFAULT_BAND_PATTERN } from '../schema/common.ts';
import { Reporter, type Checked } from '../source/reporter.ts';
import { resolveFramework } from '../resolve/resolve-framework.ts';
import { CareerPathsFileSchema, type CareerPathsFile } from '../schema/career-paths.ts';
import { FrameworkFileSchema, type FrameworkFile } from '../schema/framework.ts';
import { LadderFileSchema, type LadderFile, type WrittenLadderFile } from '../schema/ladder.ts';
import { SharedCompetenciesFileSchema, type SharedCompetenciesFile } from '../schema/shared-competencies.ts';
import { fail, succeed, type Result } from '../diagnostics/result.ts';
import { deepFreeze } from '../schema/readonly.ts';
import { ladderWithIds, sharedWithIds } from '../model/statement-ids.ts';
import type { TranslationFile } from '../schema/translation.ts';
import { languageFolderOf } from '../rules/check-translations.ts';
import { checkTranslationShape, sourcesByTarget, translationsOf, type Translations } from './parse-translations.ts';

export interface ParseFrameworkOptions {
	/** The folder the sources come from, named in problems that belong to no single file. */
	root?: string;
	/** Check that each ladder's file is named after its id (default true; off for a file compared from elsewhere). */
	checkFileNames?: boolean;
}

interface Files {
	framework: Checked<FrameworkFile>[];
	shared: Checked<SharedCompetenciesFile>[];
	paths: Checked<CareerPathsFile>[];
	ladders: Checked<LadderFile>[];
	/** Translations of the other files (`i18n/<language>/*.yaml`), checked against them once they resolve. */
	translations: Checked<TranslationFile>[];
	/** Kinds seen, even when the file failed its schema: a broken file is not a missing one. */
	seen: Set<FileKind>;
	/** Ids of ladders whose files failed their schema, so references to them are not reported again. */
	brokenLadderIds: Set<string>;
}

function checkFiles(sources: readonly SourceFile[], reporter: Reporter, problems: Problem[], shapeByHand: boolean): Files {
	const files: Files = { framework: [], shared: [], paths: [], ladders: [], translations: [], seen: new Set(), brokenLadderIds: new Set() };
	for (const file of sources) {
		const { parsed, problems: yamlProblems } = parseSource(file);
		// A loop, not push(...list): a spread of 200,000 problems overflowed the stack.
		for (const problem of yamlProblems) problems.push(problem);
		const kind = yamlProblems.length > 0 ? undefined : readFormat(parsed, reporter);
		if (!kind) {
			// A translation that is unreadable stands for no source file.
			if (languageFolderOf(file.path) !== undefined) continue;
			// Unreadable: it may be any kind, so nothing is reported missing or unknown because of it.
			const stem = fileStem(file.path);
			if (stem === 'framework') files.seen.add('framework');
			files.brokenLadderIds.add(stem);
			continue;
		}
		files.seen.add(kind);
		const keep = <T>(list: Checked<T>[], result: { value?: T; problems: Problem[] }) => {
			for (const problem of result.problems) problems.push(problem);
			if (result.value !== undefined) list.push({ source: parsed, value: result.value });
		};
		if (kind === 'framework') keep(files.framework, checkSchema(FrameworkFileSchema, parsed));
		// Plain-string statements get their ids here, once, right after the shape check (statement-ids.ts).
		else if (kind === 'shared-competencies') keep(files.shared, withIds(checkSchema(SharedCompetenciesFileSchema, parsed), sharedWithIds));
		else if (kind === 'career-paths') keep(files.paths, checkSchema(CareerPathsFileSchema, parsed));
		else if (kind === 'translation') keep(files.translations, checkTranslationShape(parsed, reporter));
		else if (kind === 'ladder') {
			const result = withIds(shapeByHand ? checkLadderShape(parsed) : checkSchema(LadderFileSchema, parsed), ladderWithIds);
			keep(files.ladders, result);
			if (!result.value) files.brokenLadderIds.add(String((parsed.data as { id?: unknown }).id));
		}
		else notExpected(reporter, parsed);
	}
	return files;
}

/** zod's answer for a ladder, by hand when the file is plainly valid (compile-shape.ts): a folder is mostly ladders. */
let plainLadder: ((data: unknown) => WrittenLadderFile | undefined) | undefined;
function checkLadderShape(parsed: ParsedSource): { value?: WrittenLadderFile; problems: Problem[] } {
	plainLadder ??= compileShape(LadderFileSchema);
	const value = plainLadder(parsed.data);
	return value ? { value, problems: [] } : checkSchema(LadderFileSchema, parsed);
}

const withIds = <W, T>(result: { value?: W; problems: Problem[] }, derive: (written: W) => T): { value?: T; problems: Problem[] } =>
	result.value === undefined ? { problems: result.problems } : { value: derive(result.value), problems: result.problems };

function notExpected(reporter: Reporter, parsed: ParsedSource): void {
	reporter.report(parsed, 'FORMAT_NOT_EXPECTED', ['format'], {
		expected: ['ladder', 'framework', 'shared-competencies', 'career-paths', 'translation'],
		format: 'rungs/assessment@1',
	});
}

/** Reports every file of a kind beyond the first; a folder holds one of each. */
function single<T>(reporter: Reporter, list: Checked<T>[], kind: FileKind): Checked<T> | undefined {
	for (const extra of list.slice(1)) {
		reporter.report(extra.source, 'DUPLICATE_FILE', ['format'], { kind, other: list[0]!.source.file.path });
	}
	return list[0];
}

/**
 * The whole pipeline for a folder of ladders, from text: parse every file, check its shape, then
 * run the rules across files, and resolve. All problems of all files are collected.
 *
 * @example
 * const result = parseFramework([{ path: 'framework.yaml', text: frameworkText }, { path: 'support-representative.yaml', text: ladderText }]);
 * if (!result.ok) console.error(formatProblems(result.problems));
 * else console.log(result.value.ladders.map((m) => m.title));
 */
export function parseFramework(sources: readonly SourceFile[], options: ParseFrameworkOptions = {}): Result<Framework> {
	return parseFrameworkFiles(sources, options).result;
}

/**
 * parseFramework, with the translations among the sources (files with `format: rungs/translation@1`)
 * as checked: the result carries their problems, and `translations` (when the framework resolved)
 * what they say. Internal: the public ways in are parseFramework and '@rungs/core/translate'.
 * `shapeByHand: false` checks every ladder with zod alone: the full pipeline, which a property test
 * holds the hand-checked shape (compile-shape.ts) equal to.
 */
export function parseFrameworkFiles(sources: readonly SourceFile[], options: ParseFrameworkOptions = {}, shapeByHand = true): { result: Result<Framework>; translations?: Translations } {
	const reporter = new Reporter();
	const problems: Problem[] = [];
	const files = checkFiles(sources, reporter, problems, shapeByHand);
	const root = options.root ?? '.';
	const nowhere = (code: 'FRAMEWORK_MISSING' | 'NO_LADDERS') =>
		problems.push(createProblem(code, { dir: root }, { file: { path: root, text: '' }, span: { line: 1, column: 1, endColumn: 2 }, path: [] }));

	const framework = single(reporter, files.framework, 'framework');
	const shared = single(reporter, files.shared, 'shared-competencies');
	const paths = single(reporter, files.paths, 'career-paths');
	if (!files.seen.has('framework')) nowhere('FRAMEWORK_MISSING');
	if (!files.seen.has('ladder')) nowhere('NO_LADDERS');

	if (framework) {
		const ladderIds = new Set([...files.ladders.map((m) => m.value.id), ...files.brokenLadderIds]);
		checkFrameworkFile(reporter, framework, ladderIds);
		// The house rules apply from here on: every content rule below reports at the severity they give.
		reporter.rules = resolveHouseRules(framework.value.rules);
		const bandRegex = compileBandPattern(framework.value.bandPattern);
		const bandPattern = bandRegex && { regex: bandRegex, text: framework.value.bandPattern ?? DEFAULT_BAND_PATTERN };
		const names = levelNamesPattern(files.ladders.flatMap((m) => m.value.levels));
		const categories = new Set(framework.value.categories.map((c) => c.id));
		const scaleIds = new Set(framework.value.scale.values.map((v) => v.id));
		const sharedList = shared?.value.competencies ?? [];
		const bandsInUse = new Set(files.ladders.flatMap((m) => m.value.levels.flatMap((l) => (l.band === undefined ? [] : [l.band]))));
		// With a broken ladder, the bands and uses it would contribute are unknown: skip what depends on them.
		const allLadders = files.brokenLadderIds.size === 0;
		if (shared) checkSharedFile(reporter, shared, { categories, bandsInUse: allLadders ? bandsInUse : undefined, names });
		// With a broken shared file, references to it would only repeat its problems.
		const sharedKnown = shared !== undefined || !files.seen.has('shared-competencies');
		const sharedById = new Map(sharedList.map((c) => [c.id, c]));
		const ladderById = new Map<string, LadderFile>();
		// The first ladder of each id in lower case, so finding a clash is one lookup, not a scan of every ladder.
		const firstByFoldedId = new Map<string, Checked<LadderFile>>();
		for (const ladder of files.ladders) if (!firstByFoldedId.has(ladder.value.id.toLowerCase())) firstByFoldedId.set(ladder.value.id.toLowerCase(), ladder);
		for (const ladder of files.ladders) {
			// Ids that differ in case only clash too: their pages would, on a file system that ignores case.
			const first = firstByFoldedId.get(ladder.value.id.toLowerCase())!;
			const other = first === ladder ? undefined : first;
			if (other) {
				reporter.report(ladder.source, 'DUPLICATE_ID', ['id'], { kind: 'ladder', id: ladder.value.id, alsoIn: other.source.file.path, ...(other.value.id === ladder.value.id ? {} : { firstId: other.value.id }), firstLine: reporter.lineOf(other.source, ['id']) });
				continue;
			}
			ladderById.set(ladder.value.id, ladder.value);
			if (sharedKnown) checkLadderFile(reporter, ladder, { categories, shared: sharedById, scaleIds, checkFileName: options.checkFileNames ?? true, names, bandPattern });
		}
		// A clash is reported once, at the newer definition: that is the line a change touched (a ladder
		// copied from another keeps its competency ids), so that is where a pull request's annotation
		// belongs. Newer is decided from the files alone, the same everywhere: a ladder listed later in
		// framework.yaml's `ladders` is newer, one not listed yet newer still, and the load order (by
		// file name, from a folder) breaks ties.
		const listed = framework.value.ladders ?? [];
		// The first place of each id, looked up once per ladder, not searched for in every comparison.
		const place = new Map<string, number>();
		listed.forEach((id, i) => place.has(id) || place.set(id, i));
		const age = (m: Checked<LadderFile>) => place.get(m.value.id) ?? listed.length;
		// A stable sort: equal ages keep the load order.
		const firstById = new Map<string, Checked<LadderFile>>();
		for (const ladder of files.ladders) if (!firstById.has(ladder.value.id)) firstById.set(ladder.value.id, ladder);
		const byAge = [...ladderById.keys()].map((id) => firstById.get(id)!).sort((a, b) => age(a) - age(b));
		const localOwner = new Map<string, { ladder: Checked<LadderFile>; index: number }>();
		for (const ladder of byAge) {
			ladder.value.competencies.forEach((competency, index) => {
				const owner = localOwner.get(competency.id);
				if (owner && owner.ladder !== ladder) {
					const other = owner.ladder.source.file.path;
					// Ladder files are always text: their sources have lines.
					const line = reporter.lineOf(owner.ladder.source, ['competencies', owner.index, 'id'])!;
					reporter.report(ladder.source, 'COMPETENCY_ID_CLASH', ['competencies', index, 'id'], { id: competency.id, other: owner.ladder.value.id, otherFile: other, otherLine: line });
				} else if (!owner) localOwner.set(competency.id, { ladder, index });
			});
		}
		if (shared && allLadders) {
			const used = new Set(files.ladders.flatMap((m) => m.value.sharedCompetencies.map((u) => u.id)));
			shared.value.competencies.forEach((competency, index) => {
				if (!used.has(competency.id)) reporter.report(shared.source, 'UNUSED_SHARED_COMPETENCY', ['competencies', index, 'id'], { id: competency.id });
			});
		}
		if (paths) checkPathsFile(reporter, paths, ladderById, files.brokenLadderIds);
	}

	const all = sortProblems([...problems, ...reporter.problems]);
	if (!framework || hasErrors(all) || (files.seen.has('shared-competencies') && !shared)) return { result: fail(all) };
	const value = resolveFramework(
		framework.value,
		shared?.value.competencies ?? [],
		files.ladders.map((m) => ({ file: m.source.file.path, value: m.value })),
		paths?.value,
	);
	// Translations are checked against the resolved framework: its texts are what they translate.
	const translating = new Reporter();
	const translations = files.translations.length === 0 ? undefined : translationsOf(translating, value, files.translations, sourcesByTarget({ framework, shared, paths, ladders: files.ladders }));
	const everything = translating.problems.length === 0 ? all : sortProblems([...all, ...translating.problems]);
	if (hasErrors(everything)) return { result: fail(everything) };
	// Frozen all the way down: lookups over it are cached (framework-index.ts), so an edit after
	// loading would give reports that disagree with the framework they were made from.
	return { result: succeed(deepFreeze(value), everything), ...(translations ? { translations: deepFreeze(translations) } : {}) };
}
