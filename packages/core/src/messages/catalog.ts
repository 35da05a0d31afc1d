import type { ProblemParams } from './problem-params.ts';
import { englishFileProblems } from './problems-files.ts';
import { englishContentProblems } from './problems-content.ts';
import { englishDataProblems, type DataProblemParams } from './problems-data.ts';
import type { BlockerParams, HeadlineParams, RuleDescriptionParams } from './readiness-params.ts';
import { englishBlockers, englishHeadlines, englishRuleDescriptions } from './readiness-english.ts';
import { englishUi, type UiParams } from './ui-english.ts';
import { englishDiff, type DiffParams } from './diff-english.ts';
import { englishImportProblems } from './problems-import.ts';
import { englishTranslationProblems } from './problems-translation.ts';
import { englishImport, type ImportParams } from './import-english.ts';
import { englishTeam, type TeamParams } from './team-english.ts';
import { englishEmail, type EmailParams } from './email-english.ts';
import { englishProgressProblems } from './english-progress-problems.ts';
import { englishProgress, type ProgressParams } from './english-progress.ts';

/**
 * The parameters of every message Rungs can print, by code: problems (and their hints, under
 * `CODE.hint`, and under `CODE.data` and `CODE.data.hint` where a data object needs other words than
 * a file), readiness blockers, headlines and rule descriptions, and the fixed words of the
 * renderers (`gap.title`, `column.status`, …).
 */
export type MessageParams = ProblemParams & { [C in keyof ProblemParams as `${C}.hint`]: ProblemParams[C] } & DataProblemParams & BlockerParams &
	HeadlineParams &
	RuleDescriptionParams &
	UiParams &
	DiffParams &
	ImportParams &
	TeamParams &
	EmailParams &
	ProgressParams;

export type MessageCode = keyof MessageParams;

/**
 * A message catalog: for every code, a function from its typed parameters to text. Pass a
 * `Partial<Messages>` to any renderer or formatter as `{ messages }`; codes it leaves out are
 * worded in English.
 */
export type Messages = { [C in MessageCode]: (params: MessageParams[C]) => string };

/** A message as data: its code and typed parameters, for a catalog to put into words. */
export type Message<C extends MessageCode = MessageCode> = { [K in C]: { code: K; params: MessageParams[K] } }[C];

/**
 * Rungs' built-in catalog, in English. Spread it to start a translation:
 * `{ ...englishMessages, 'gap.readiness': () => 'Bereitschaft' }`.
 */
export const englishMessages: Messages = Object.freeze({
	...englishFileProblems,
	...englishContentProblems,
	...englishDataProblems,
	...englishBlockers,
	...englishHeadlines,
	...englishRuleDescriptions,
	...englishUi,
	...englishDiff,
	...englishImportProblems,
	...englishTranslationProblems,
	...englishImport,
	...englishTeam,
	...englishEmail,
	...englishProgressProblems,
	...englishProgress,
});

// A host passes the same catalog to every call: complete it once.
const resolved = new WeakMap<Partial<Messages>, Messages>();

/**
 * A full catalog from a partial one: every code it leaves out (or sets to undefined) falls back to
 * English. A catalog object is completed once and remembered: build a new object to change one.
 */
export function resolveMessages(messages?: Partial<Messages>): Messages {
	if (!messages || messages === englishMessages) return englishMessages;
	let full = resolved.get(messages);
	if (!full) {
		const out: Record<string, unknown> = { ...englishMessages };
		for (const [code, text] of Object.entries(messages)) if (typeof text === 'function' && code in englishMessages) out[code] = text;
		resolved.set(messages, (full = out as Messages));
	}
	return full;
}

/**
 * Puts a message (`{ code, params }`: a problem, a blocker, a readiness headline or rule
 * description from a report) into words, with the host's catalog or in English.
 *
 * @example
 * formatMessage(report.readiness.headline); // "2 things stand between these ratings and Senior."
 * const german = { UNRATED: (p: { name: string }) => `${p.name} ist noch nicht bewertet.` };
 * for (const blocker of report.readiness.blockers) console.log(formatMessage(blocker, german));
 */
export function formatMessage(message: Message, messages?: Partial<Messages>): string {
	const text = resolveMessages(messages)[message.code] as ((params: unknown) => string) | undefined;
	// A code this version does not know (a report from a newer version): say so rather than throw.
	return text ? text(message.params) : message.code;
}

/** The text of one code with its parameters, typed: what the renderers call. */
export const say = <C extends MessageCode>(messages: Messages, code: C, params: MessageParams[C]): string =>
	(messages[code] as (p: MessageParams[C]) => string)(params);

/**
 * A problem's message and hint in a catalog's words. A problem of a data object (it has no line)
 * takes the `CODE.data` and `CODE.data.hint` wording where there is one: no files, lines or YAML.
 */
export function wordProblem(messages: Messages, problem: { code: keyof ProblemParams; params: unknown; line?: number | undefined }): { message: string; hint?: string } {
	const table = messages as unknown as Record<string, ((params: unknown) => string) | undefined>;
	const data = problem.line === undefined;
	const word = (key: string) => ((data ? table[`${problem.code}.data${key}`] : undefined) ?? table[`${problem.code}${key}`])?.(problem.params);
	const hint = word('.hint');
	return { message: word('') ?? problem.code, ...(hint ? { hint } : {}) };
}
