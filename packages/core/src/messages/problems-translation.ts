import { knownIds } from './reasons-english.ts';
import type { ProblemParams, TranslatedKind } from './problem-params.ts';
import { didYouMean, type ProblemTexts } from './problems-files.ts';

export type TranslationProblemCode = 'TRANSLATION_UNKNOWN' | 'TRANSLATION_EXTRA_ENTRY' | 'TRANSLATION_LANGUAGE_MISMATCH' | 'TRANSLATION_MISSING' | 'TRANSLATION_STALE';

const KINDS: Record<TranslatedKind, string> = {
	ladder: 'ladder',
	framework: 'framework',
	level: 'level',
	competency: 'competency',
	'shared competency': 'shared competency',
	statement: 'statement',
	decision: 'decision',
	'scale value': 'scale value',
	category: 'category',
	destination: 'destination',
	band: 'band',
	text: 'text',
};

const unknown = (p: ProblemParams['TRANSLATION_UNKNOWN']): string =>
	p.kind === 'text'
		? `\`${p.id}\` has no source text${p.in ? ` in \`${p.in}\`` : ''}: there is nothing to translate.`
		: `There is no ${KINDS[p.kind]} \`${p.id}\`${p.in ? ` in \`${p.in}\`` : ''} to translate.`;

/** A source text quoted in a message: on one line, cut at a readable length. */
export const quoted = (text: string): string => {
	const line = text.replace(/\s+/g, ' ').trim();
	return line.length > 160 ? `${line.slice(0, 159)}…` : line;
};

/** What Rungs says, in English, about the translations of a framework's ladders. */
export const englishTranslationProblems: ProblemTexts<TranslationProblemCode> = {
	TRANSLATION_UNKNOWN: unknown,
	'TRANSLATION_UNKNOWN.hint': (p) =>
		p.shared
			? `\`${p.id}\` is a shared competency: translate it in shared-competencies.yaml, and what this ladder adds to it under \`sharedCompetencies\`.`
			: p.kind === 'text'
				? 'Remove it, or add the text to the source file first.'
				: `${didYouMean(p)}Known: ${knownIds(p)}.`,
	TRANSLATION_EXTRA_ENTRY: (p) => `\`${p.field}\` has ${p.count} entries, but the source list has ${p.sourceCount}.`,
	'TRANSLATION_EXTRA_ENTRY.hint': () => 'A list is translated item by item, in the source order: remove the entries past the end of the source list.',
	TRANSLATION_LANGUAGE_MISMATCH: (p) =>
		p.folder !== undefined
			? `This file says \`language: ${p.language}\` but is in the folder for \`${p.folder}\`.`
			: `\`${p.language}\` is the language the ladders are written in: it has no translation.`,
	'TRANSLATION_LANGUAGE_MISMATCH.hint': (p) =>
		p.folder !== undefined ? `Move the file to i18n/${p.language}/, or set \`language: ${p.folder}\`.` : 'Translations go in a folder named after another language, such as i18n/fr/.',
	TRANSLATION_MISSING: (p) =>
		p.entries !== undefined ? `No ${p.language} translation of this file: ${p.entries} texts untranslated (${p.file} is missing).` : `\`${p.field}\` has no ${p.language} translation in ${p.file}.`,
	'TRANSLATION_MISSING.hint': (p) => `Run \`rungs translate --to ${p.language}\` to add the entries to translate, then fill in their \`text\`.`,
	TRANSLATION_STALE: (p) => `The ${p.language} translation of \`${p.field}\` was made from older text: it translates “${quoted(p.was)}”, and the source now says “${quoted(p.now)}”.`,
	'TRANSLATION_STALE.hint': () => 'Update the translation to the new text, then copy the new text into its `source`.',
};
