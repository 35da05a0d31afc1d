import { unknownIdParams } from '../diagnostics/describe-path.ts';
import type { FrameworkData } from '../model/framework.ts';
import { targetKey, targetName, translationUnits, type TranslationTarget, type TranslationUnit } from '../model/translation-units.ts';
import type { TranslatedKind } from '../messages/problem-params.ts';
import type { TranslationFile } from '../schema/translation.ts';
import type { Checked, Reporter } from '../source/reporter.ts';
import { entriesOf, entryName, normaliseText, sourcePathOf } from './translation-paths.ts';

/** How much of the framework one language translates; `translated` counts current entries only. */
export interface TranslationCoverage {
	/** The language, a lower-case BCP 47 tag such as `fr`. */
	language: string;
	/** Texts to translate in the source files. */
	total: number;
	translated: number;
	/** Texts with no translation (or an empty one). */
	missing: number;
	/** Translations made from an older source text. */
	stale: number;
}

/** One language's translations as checked: its coverage and the files that passed, by target key. */
export interface CheckedLanguage {
	/** How much of the framework it translates. */
	coverage: TranslationCoverage;
	files: Record<string, TranslationFile>;
}

/** The source file each target's texts come from, as checked, to locate a missing translation there. */
export type SourcesByTarget = ReadonlyMap<string, Checked<unknown>>;

/** What the file says it translates. */
export function targetOf(file: TranslationFile): TranslationTarget {
	if ('ladder' in file) return { kind: 'ladder', id: file.ladder };
	if ('framework' in file) return { kind: 'framework' };
	return 'shared-competencies' in file ? { kind: 'shared-competencies' } : { kind: 'career-paths' };
}

/** The folder a translation file is in, when its path is `…/i18n/<language>/<file>`. */
export const languageFolderOf = (path: string): string | undefined => /(?:^|[\\/])i18n[\\/]([^\\/]+)[\\/][^\\/]+$/.exec(path)?.[1];

/** What the key under `parent` names, at `depth` in the path, for TRANSLATION_UNKNOWN. */
function kindOf(parent: string | number | undefined, target: TranslationTarget): TranslatedKind {
	switch (parent) {
		case 'levels':
			return 'level';
		case 'competencies':
			return target.kind === 'shared-competencies' ? 'shared competency' : 'competency';
		case 'sharedCompetencies':
			return 'shared competency';
		case 'statements':
			return 'statement';
		case 'decideAlone':
			return 'decision';
		case 'scale':
			return 'scale value';
		case 'categories':
			return 'category';
		case 'destinations':
			return 'destination';
		case 'levelNotes':
			return target.kind === 'shared-competencies' ? 'band' : 'level';
		default:
			return 'text';
	}
}

/** Every prefix of every unit path of a target, with the keys found under it: what a translation may name. */
function knownKeys(units: readonly TranslationUnit[]): Map<string, Set<string | number>> {
	const keys = new Map<string, Set<string | number>>();
	for (const unit of units) {
		for (let i = 0; i < unit.path.length; i++) {
			const prefix = JSON.stringify(unit.path.slice(0, i));
			let set = keys.get(prefix);
			if (!set) keys.set(prefix, (set = new Set()));
			set.add(unit.path[i]!);
		}
	}
	return keys;
}

/** Reports what a translation file names that the source does not have, each once, at its key. */
function reportUnknown(reporter: Reporter, file: Checked<TranslationFile>, target: TranslationTarget, units: readonly TranslationUnit[], framework: FrameworkData): void {
	const known = knownKeys(units);
	const reported = new Set<string>();
	const ladder = target.kind === 'ladder' ? framework.ladders.find((m) => m.id === target.id) : undefined;
	for (const { path } of entriesOf(file.value)) {
		for (let i = 0; i < path.length; i++) {
			const prefix = path.slice(0, i);
			const keys = known.get(JSON.stringify(prefix));
			const segment = path[i]!;
			if (keys?.has(segment)) continue;
			const at = JSON.stringify(path.slice(0, i + 1));
			if (reported.has(at)) break;
			reported.add(at);
			if (typeof segment === 'number') {
				const sourceCount = [...(keys ?? [])].length;
				// Reported once per list, at its first item past the end.
				if (segment === sourceCount || keys === undefined) {
					const count = (prefix.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)?.[key], file.value) as unknown[]).length;
					reporter.report(file.source, 'TRANSLATION_EXTRA_ENTRY', path.slice(0, i + 1), { field: entryName(prefix), count, sourceCount });
				}
				break;
			}
			const kind = kindOf(prefix[prefix.length - 1], target);
			const where = target.kind === 'ladder' && prefix.length <= 1 ? target.id : entryName(prefix) || targetName(target);
			const shared = target.kind === 'ladder' && prefix.length === 1 && prefix[0] === 'competencies' && ladder?.competencies.some((c) => c.shared && c.id === segment);
			const ids = [...(keys ?? [])].filter((k): k is string => typeof k === 'string');
			reporter.report(file.source, 'TRANSLATION_UNKNOWN', path.slice(0, i + 1), { kind, id: segment, in: where, ...(shared ? { shared: true as const } : {}), ...unknownIdParams(segment, ids) }, 'key');
			break;
		}
	}
}

/**
 * Checks every translation file against the framework it translates: unknown ids and keys and lists
 * longer than their source (errors, in the translation file), missing translations (warnings, at the
 * source text) and stale ones (warnings, at the entry). Returns the coverage per language, in the
 * order languages first appear, with the files that passed (a duplicate, or one that translates
 * nothing of this framework, is left out).
 */
export function checkTranslations(reporter: Reporter, framework: FrameworkData, files: ReadonlyArray<Checked<TranslationFile>>, sources: SourcesByTarget): CheckedLanguage[] {
	const units = translationUnits(framework).filter((u) => !u.mirror);
	const unitsByTarget = new Map<string, TranslationUnit[]>();
	for (const unit of units) {
		const key = targetKey(unit.target);
		unitsByTarget.set(key, [...(unitsByTarget.get(key) ?? []), unit]);
	}
	const targets = [...unitsByTarget.keys()];
	const languages = new Map<string, Map<string, Checked<TranslationFile>>>();
	for (const file of files) {
		const language = file.value.language;
		const folder = languageFolderOf(file.source.file.path);
		if (folder !== undefined && folder !== language) reporter.report(file.source, 'TRANSLATION_LANGUAGE_MISMATCH', ['language'], { language, folder });
		else if (language === framework.language) reporter.report(file.source, 'TRANSLATION_LANGUAGE_MISMATCH', ['language'], { language, sourceLanguage: language });
		const target = targetOf(file.value);
		if (target.kind === 'ladder' && !framework.ladders.some((m) => m.id === target.id)) {
			reporter.report(file.source, 'TRANSLATION_UNKNOWN', ['ladder'], { kind: 'ladder', id: target.id, ...unknownIdParams(target.id, framework.ladders.map((m) => m.id)) });
			continue;
		}
		if ('framework' in file.value && file.value.framework !== framework.id) {
			reporter.report(file.source, 'TRANSLATION_UNKNOWN', ['framework'], { kind: 'framework', id: file.value.framework, ...unknownIdParams(file.value.framework, [framework.id]) });
			continue;
		}
		const byTarget = languages.get(language) ?? new Map<string, Checked<TranslationFile>>();
		languages.set(language, byTarget);
		const first = byTarget.get(targetKey(target));
		if (first) {
			reporter.report(file.source, 'DUPLICATE_FILE', [targetKeyField(target)], { kind: 'translation', other: first.source.file.path });
			continue;
		}
		byTarget.set(targetKey(target), file);
		reportUnknown(reporter, file, target, unitsByTarget.get(targetKey(target)) ?? [], framework);
	}
	const checked: CheckedLanguage[] = [];
	for (const [language, byTarget] of languages) {
		const count: TranslationCoverage = { language, total: units.length, translated: 0, missing: 0, stale: 0 };
		for (const key of targets) {
			const list = unitsByTarget.get(key)!;
			const source = sources.get(key);
			const file = byTarget.get(key);
			const fileName = `i18n/${language}/${targetName(list[0]!.target)}.yaml`;
			if (!file) {
				count.missing += list.length;
				if (source) reporter.report(source.source, 'TRANSLATION_MISSING', [], { language, field: '', file: fileName, entries: list.length });
				continue;
			}
			const entries = new Map(entriesOf(file.value).map(({ path, entry }) => [JSON.stringify(path), entry]));
			for (const unit of list) {
				const entry = entries.get(JSON.stringify(unit.path));
				const field = entryName(unit.path);
				if (!entry || (entry.text ?? '').trim() === '') {
					count.missing++;
					if (source) reporter.report(source.source, 'TRANSLATION_MISSING', sourcePathOf(source.value, unit.path), { language, field, file: file.source.file.path });
				} else if (normaliseText(entry.source) !== normaliseText(unit.text)) {
					count.stale++;
					reporter.report(file.source, 'TRANSLATION_STALE', [...unit.path, 'source'], { language, field, was: entry.source, now: unit.text });
				} else count.translated++;
			}
		}
		checked.push({ coverage: count, files: Object.fromEntries([...byTarget].map(([key, file]) => [key, file.value])) });
	}
	return checked;
}

/** The key that names what a file translates, where a duplicate file is reported. */
const targetKeyField = (target: TranslationTarget): string => (target.kind === 'ladder' ? 'ladder' : target.kind);
