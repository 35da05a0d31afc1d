import { calibrationMismatches, formatProblems, type Framework, type Problem, type ValidatedAssessment } from '@rungs/core';
import { loadAssessmentFolder, loadTranslations } from '@rungs/core/node';
import { translateFramework, type Translations } from '@rungs/core/translate';
import { existsSync } from 'node:fs';
import { currentLocale, langOf } from './page-locale.ts';
import { examplesDir, matricesDir } from './sources.ts';

/*
 * The ladders and examples are read here, once per build, straight from their folder, and every page
 * looks up what it shows in the one resolved framework. They do not go through Astro's content layer:
 * its data store serialises every entry to JSON, bundles that JSON as a JavaScript module and parses it
 * back, so a 500-ladder organisation was held several times over (2.7 GB peak) for pages that only ever
 * needed the one object.
 */

/** Fails the build with the same located, framed text the CLI prints. */
function fail(problems: readonly Problem[]): never {
	const error = new Error(`Rungs found problems in the ladders:\n\n${formatProblems(problems)}`);
	// The problems are the user's to fix, located in their files: a trace into the site would only be noise.
	error.stack = error.message;
	throw error;
}

function warn(problems: readonly Problem[]): void {
	if (problems.length > 0) console.warn(formatProblems(problems));
}

let loaded: Promise<{ framework: Framework; translations: Translations }> | undefined;
const byLocale = new Map<string, Promise<Framework>>();

/**
 * The resolved framework, validated, in the language of a locale of the site (the page being
 * rendered's when left out): an invalid ladder fails the build with located errors. Ids, levels and
 * rules are the same in every language; only the texts are translated, from the ladders'
 * `i18n/<language>/` files (a text without a current translation stays in the ladders' language).
 * Read once per build and locale: every page needs it, and one shared object also keeps the
 * library's per-framework index shared.
 */
export function getFramework(locale: string = currentLocale()): Promise<Framework> {
	let framework = byLocale.get(locale);
	if (!framework) byLocale.set(locale, (framework = inLanguage(langOf(locale).toLowerCase())));
	return framework;
}

/** The language the ladders are written in (framework.yaml's `language`), whatever the page's. */
export const ladderLanguage = async (): Promise<string> => (await readFramework()).framework.language;

async function inLanguage(language: string): Promise<Framework> {
	const { framework, translations } = await readFramework();
	return language === framework.language || !translations.languages.some((l) => l.language === language) ? framework : translateFramework(framework, translations, language).framework;
}

function readFramework(): Promise<{ framework: Framework; translations: Translations }> {
	loaded ??= (async () => {
		const dir = matricesDir();
		// Read through the path relative to where the build runs, so problems name files as the CLI would.
		const result = await loadTranslations(dir.shown, { root: dir.shown });
		if (!result.ok) fail(result.problems);
		warn(result.warnings);
		return result.value;
	})();
	return loaded;
}

export interface Example {
	id: string;
	/** Checked against the framework by parseAssessment, as the command line checks it. */
	assessment: ValidatedAssessment;
}

let examples: Promise<Example[]> | undefined;

/** The example assessments (`*.yaml` in the examples folder), each checked against the ladders, in file-name order. */
export function getExamples(): Promise<Example[]> {
	examples ??= readExamples();
	return examples;
}

async function readExamples(): Promise<Example[]> {
	// Examples are optional: an organisation publishing its ladders need not ship sample assessments.
	const dir = examplesDir();
	if (dir === undefined || !existsSync(dir)) return [];
	const read = await loadAssessmentFolder(dir, await getFramework('root'));
	if (!read.ok) fail(read.problems);
	warn(read.warnings);
	return read.value;
}

/** Pairs of examples that rate the same person against the same target by different assessors. */
export function calibrationPairs(examples: readonly Example[]): Array<{ id: string; first: Example; second: Example }> {
	const pairs: Array<{ id: string; first: Example; second: Example }> = [];
	examples.forEach((first, i) => {
		for (const second of examples.slice(i + 1)) {
			if (calibrationMismatches(first.assessment, second.assessment).length === 0 && first.assessment.assessor.role !== second.assessment.assessor.role) {
				const [a, b] = first.assessment.assessor.role === 'self' ? [first, second] : [second, first];
				pairs.push({ id: `${a.id}--${b.id}`, first: a, second: b });
			}
		}
	});
	return pairs;
}
