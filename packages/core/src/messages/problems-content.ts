import type { ProblemParams } from './problem-params.ts';
import { didYouMean, type FileProblemCode, type ProblemTexts } from './problems-files.ts';
import type { ImportProblemCode } from './problems-import.ts';
import { bandPatternReason, fileKind, knownIds } from './reasons-english.ts';
import type { TranslationProblemCode } from './problems-translation.ts';
import type { ProgressProblemCode } from './english-progress-problems.ts';
import type { ArgumentProblemCode } from './problems-arguments.ts';

/** The end of a house rule's hint: how an organisation that does not ask for this turns it off. */
const offHint = (p: { rule: string }): string => ` (House rule \`${p.rule}\`: set \`rules: { ${p.rule}: off }\` in framework.yaml if your organisation does not ask for this.)`;
const words = (list: readonly string[]): string => list.map((w) => `\`${w}\``).join(', ');

type Keys = Exclude<keyof ProblemParams, FileProblemCode | ImportProblemCode | TranslationProblemCode | ProgressProblemCode | ArgumentProblemCode>;


/** Ids as a reader sees them in a message: each in backticks, joined by commas. */
const ids = (list: readonly string[]): string => list.map((id) => `\`${id}\``).join(', ');

/** What Rungs says, in English, about references between files, their structure and their content. */
export const englishContentProblems: ProblemTexts<Keys> = {
	// References and structure
	DUPLICATE_ID: (p) => `The ${p.kind} id \`${p.id}\` is used twice${p.firstId ? ` (first as \`${p.firstId}\`)` : ''}${p.in ? ` in \`${p.in}\`` : ''}${p.inLevel ? ` in level \`${p.inLevel}\`` : ''}${p.alsoIn ? ` (also in \`${p.alsoIn}\`)` : ''}.`,
	'DUPLICATE_ID.hint': (p) => `${p.firstLine === undefined ? '' : `The first is at line ${p.firstLine}. `}Ids must be unique so assessments and diffs can follow them${p.firstId ? '; ids that differ only in case are one id, as page addresses on many file systems are' : ''}.`,
	DUPLICATE_FILE: (p) => `There is more than one ${fileKind(p.kind)} file in this folder.`,
	'DUPLICATE_FILE.hint': (p) => `Keep one: the other is \`${p.other}\`.`,
	FRAMEWORK_MISSING: (p) => `No \`framework.yaml\` (format \`rungs/framework@1\`) was found in \`${p.dir}\`.`,
	'FRAMEWORK_MISSING.hint': () => 'Every folder of ladders has one framework file with the scale and categories. See matrices/README.md.',
	NO_LADDERS: (p) => `No ladder (format \`rungs/ladder@1\`) was found in \`${p.dir}\`.`,
	'NO_LADDERS.hint': () => 'Add a ladder file, such as `support-representative.yaml`.',
	FILE_ID_MISMATCH: (p) => `The ladder id \`${p.id}\` does not match the file name \`${p.file}\`.`,
	'FILE_ID_MISMATCH.hint': (p) => `Rename the file to \`${p.id}.yaml\`, or change the id to \`${p.stem}\`.`,
	UNKNOWN_CATEGORY: (p) => `Unknown category \`${p.id}\`.`,
	'UNKNOWN_CATEGORY.hint': (p) => didYouMean(p) + `Categories are declared in framework.yaml: ${knownIds(p)}.`,
	UNKNOWN_BAND: (p) => `No ladder has a level in band \`${p.id}\`.`,
	'UNKNOWN_BAND.hint': (p) => `Bands in use: ${knownIds(p)}. Remove these statements or check the band.`,
	UNKNOWN_DESTINATION: (p) => `Unknown destination role \`${p.id}\`.`,
	'UNKNOWN_DESTINATION.hint': (p) => didYouMean(p) + `Declare it under \`destinations:\` in career-paths.yaml. Known: ${knownIds(p)}.`,
	UNKNOWN_SHARED_COMPETENCY: (p) => `Unknown shared competency \`${p.id}\`.`,
	'UNKNOWN_SHARED_COMPETENCY.hint': (p) => didYouMean(p) + `Shared competencies: ${knownIds(p)}.`,
	UNKNOWN_COMPETENCY: (p) => `\`${p.id}\` is not a competency of ${p.ladders.map((id) => `\`${id}\``).join(' or ')}.`,
	'UNKNOWN_COMPETENCY.hint': (p) => didYouMean(p) + `Competencies: ${knownIds(p)}.`,
	UNKNOWN_STATEMENT: (p) => `\`${p.id}\` is not a statement of \`${p.competency}\`.`,
	'UNKNOWN_STATEMENT.hint': (p) => didYouMean(p) + 'Statement ids are listed on the ladder\'s competency page and in `rungs init`.',
	SHARED_REDEFINED: (p) => `\`${p.id}\` is a shared competency; this ladder defines it again.`,
	'SHARED_REDEFINED.hint': () => 'List it under `sharedCompetencies:` instead, and add role-specific statements there.',
	SHARED_RESTATED: (p) => `This statement ${p.how === 'id' ? 'reuses the id of' : 'repeats'} a shared statement of \`${p.competency}\` (\`${p.shared}\`).`,
	'SHARED_RESTATED.hint': (p) =>
		p.derived
			? 'Its id is derived from its words, and they begin like the shared statement\'s: write it as `{ id, text }` with an id of its own.'
			: 'A ladder may add statements to a shared competency, never restate or replace them. Change the shared file for every ladder instead.',
	UNKNOWN_LEVEL_BAND: (p) => `Level \`${p.level}\` is in band \`${p.id}\`, which the shared competencies do not write: this level would get none of their statements.`,
	'UNKNOWN_LEVEL_BAND.hint': (p) => `Bands in shared-competencies.yaml: ${knownIds(p)}. Use one of them, or write the band's statements there.`,
	SHARED_BAND_MISSING: (p) => `The shared competency \`${p.id}\` has no statements for band \`${p.band}\` (level \`${p.level}\`).`,
	'SHARED_BAND_MISSING.hint': () => 'Write statements for that band in shared-competencies.yaml, add role statements for the level here, or explain the gap in `levelNotes`.',
	COMPETENCY_ID_CLASH: (p) => `The competency id \`${p.id}\` is also defined by the ladder \`${p.other}\` at ${p.otherFile}:${p.otherLine}.`,
	'COMPETENCY_ID_CLASH.hint': () =>
			'A competency id means one thing across the framework, so role switches compare like with like. Rename one, or make it a shared competency. (A clash is reported at the newer ladder: listed later in framework.yaml\'s `ladders`, or not listed.)',
	LEVEL_ORDER: (p) => `The band goes down from \`${p.first}\` (${p.firstBand}) to \`${p.second}\` (${p.secondBand}); bands never go down a ladder.`,
	'LEVEL_ORDER.hint': (p) => `Check the band of \`${p.id}\` (or of \`${p.other}\`), and list levels from the first to the last.`,
	LEVEL_NOT_COVERED: (p) => `\`${p.competency}\` has no statements for level \`${p.level}\`.`,
	'LEVEL_NOT_COVERED.hint': () => 'Write what this level shows for this competency, or say why it has none in `levelNotes`.',
	INVALID_BAND: (p) => `The band \`${p.id}\` of level \`${p.level}\` does not match the framework's band pattern \`${p.pattern}\`.`,
	'INVALID_BAND.hint': () => 'Use a band of the pattern, or declare the bands your organisation uses with `bandPattern` in framework.yaml, such as `^(IC|M)[0-9]{1,2}$`.',
	LEVEL_BAND_MISSING: (p) => `Level \`${p.level}\` has no band, and this ladder uses shared competencies.`,
	'LEVEL_BAND_MISSING.hint': () => 'Shared competencies write their statements per band: give the level the band whose shared statements it expects.',
	BAND_PATTERN_INVALID: (p) => `The band pattern \`${p.pattern}\` is refused: ${bandPatternReason(p.reason)}`,
	'BAND_PATTERN_INVALID.hint': () => 'A band pattern is a regular expression such as `^(IC|M)[0-9]{1,2}$`: letters, classes, groups with `|`, and repeats of a single character or class.',
	LEVELS_EMPTY: (p) => `The \`levels\` of \`${p.competency}\` name no level.`,
	'LEVELS_EMPTY.hint': () => 'Give `{ from }`, `{ upTo }`, `{ from, upTo }` or a list of level ids; or remove `levels` for a competency that applies at every level.',
	LEVEL_RANGE_REVERSED: (p) => `The \`levels\` of \`${p.competency}\` run from \`${p.from}\` up to \`${p.upTo}\`, which comes before it on the ladder.`,
	'LEVEL_RANGE_REVERSED.hint': () => 'Swap `from` and `upTo`: `from` is the first level it applies at, `upTo` the last.',
	STATEMENTS_OUTSIDE_LEVELS: (p) => `\`${p.competency}\` has statements for level \`${p.level}\`, where its \`levels\` say it does not apply.`,
	'STATEMENTS_OUTSIDE_LEVELS.hint': (p) => `It applies at: ${ids(p.levels)}. Move the statements to one of those levels, or widen \`levels\`.`,
	DUPLICATE_PATH: (p) => `This path from \`${p.from}\` to \`${p.to}\` is listed twice.`,
	'DUPLICATE_PATH.hint': (p) => (p.firstLine === undefined ? '' : `The first is at line ${p.firstLine}.`),
	LADDER_VERSION_MISMATCH: (p) => `This assessment was made on \`${p.ladder}\` ${p.was}; the ladder is now ${p.now}.`,
	'LADDER_VERSION_MISMATCH.hint': (p) => `Run \`rungs migrate ${p.file} --to ${p.now}\` to move it onto the current version; changed items will be marked for re-assessment.`,
	LADDER_MAJOR_MISMATCH: (p) => `This assessment was made on \`${p.ladder}\` ${p.was}; the ladder is now ${p.now}, a new major version.`,
	'LADDER_MAJOR_MISMATCH.hint': (p) => `Levels or competencies may have gone. Run \`rungs migrate ${p.file}\` to move it onto ${p.now}; changed items will be marked for re-assessment.`,
	TARGET_BELOW_CURRENT: (p) => `The target \`${p.target}\` is below the current level \`${p.current}\`.`,
	'TARGET_BELOW_CURRENT.hint': () => 'Check `current` and `target`; to check the current level, set the target to it.',
	// Content rules: warnings an editor sees
	NUMBER_IN_EXPECTATION: (p) => `The statement contains a number or target (\`${p.match}\`).`,
	'NUMBER_IN_EXPECTATION.hint': (p) => 'Describe behaviour, not numbers. Keep targets elsewhere and link them with the level\'s `metricsUrl`.' + offHint(p),
	DUPLICATE_STATEMENT: (p) => `This statement repeats \`${p.other}\` (level ${p.otherLevel}).`,
	'DUPLICATE_STATEMENT.hint': (p) => 'Expectations are cumulative: a level already includes the ones below. Say what changes instead.' + offHint(p),
	FEWER_STATEMENTS: (p) => `\`${p.competency}\` has ${p.count} statement(s) at \`${p.level}\`, fewer than the ${p.previousCount} at \`${p.previous}\`.`,
	'FEWER_STATEMENTS.hint': (p) => `If that is deliberate, say why under \`levelNotes: { ${p.level}: … }\`.` + offHint(p),
	NO_EVIDENCE_EXAMPLES: (p) => `\`${p.competency}\` has no evidence examples.`,
	'NO_EVIDENCE_EXAMPLES.hint': (p) => 'List a few kinds of evidence that show this competency, so people know what to bring.' + offHint(p),
	AUTHORITY_SHRINKS: (p) => `Level \`${p.level}\` no longer lists the decision \`${p.decision}\` that \`${p.previous}\` takes alone.`,
	'AUTHORITY_SHRINKS.hint': (p) => 'Authority grows up a ladder: repeat the decision at this level, with its limit.' + offHint(p),
	LEVEL_NARRATIVE_MISSING: (p) => `Level \`${p.level}\` has no ${words(p.missing)}.`,
	'LEVEL_NARRATIVE_MISSING.hint': (p) => 'Say in a sentence each what sets this level apart: its summary, scope, ownership and initiative.' + offHint(p),
	AUTHORITY_MISSING: (p) => (p.missing.includes('authority') ? `Level \`${p.level}\` has no decision authority.` : `The authority of level \`${p.level}\` lists nothing under ${words(p.missing)}.`),
	'AUTHORITY_MISSING.hint': (p) => 'Write what this level decides alone (`decideAlone`), what is out of its scope (`outOfScope`) and when it escalates (`escalateWhen`), at least one entry each.' + offHint(p),
	LADDER_SUMMARY_MISSING: (p) => `The ladder \`${p.ladder}\` has no summary.`,
	'LADDER_SUMMARY_MISSING.hint': (p) => 'Add `summary:`, a few sentences on what people in this role do and how the ladder grows.' + offHint(p),
	DESCRIPTION_MISSING: (p) => `\`${p.competency}\` has no description.`,
	'DESCRIPTION_MISSING.hint': (p) => 'Add `description:`, what this competency is about at every level.' + offHint(p),
	TOO_MANY_STATEMENTS: (p) => (p.level === undefined ? `The ladder \`${p.ladder}\` has ${p.count} statements; the house rule allows ${p.max}.` : `Level \`${p.level}\` adds ${p.count} statements; the house rule allows ${p.max}.`),
	'TOO_MANY_STATEMENTS.hint': (p) => `Merge statements that say one thing, or raise \`max\` under \`rules: { ${p.rule}: { max } }\` in framework.yaml.` + offHint(p),
	PATH_WITHIN_LADDER: () => 'This path stays on one ladder; moves up a ladder are implied.',
	'PATH_WITHIN_LADDER.hint': () => 'Remove it, or point it at another ladder.',
	UNUSED_SHARED_COMPETENCY: (p) => `No ladder uses the shared competency \`${p.id}\`.`,
	'UNUSED_SHARED_COMPETENCY.hint': () => 'Add it to a ladder\'s `sharedCompetencies`, or remove it.',
	EVIDENCE_WITHOUT_RATING: (p) => `\`${p.competency}\` has evidence but no rating.`,
	'EVIDENCE_WITHOUT_RATING.hint': () => 'Add a `rating`, or the report will count the competency as unrated.',
	COMPETENCY_NOT_AT_LEVEL: (p) => `\`${p.competency}\` does not apply at the target level \`${p.level}\`: its rating is not counted.`,
	'COMPETENCY_NOT_AT_LEVEL.hint': (p) => `It applies at: ${ids(p.levels)}. Remove the rating, or check the target.`,
};
