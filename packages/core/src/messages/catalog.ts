import type { ProblemParams } from './problem-params.ts';
import type { DataProblemParams } from './problems-data.ts';
import type { BlockerParams, HeadlineParams, RuleDescriptionParams } from './readiness-params.ts';
import type { UiParams } from './ui-english.ts';
import type { DiffParams } from './diff-english.ts';
import type { ImportParams } from './import-english.ts';
import type { TeamParams } from './team-english.ts';
import type { EmailParams } from './email-english.ts';
import type { PathParams } from './paths-english.ts';
import type { MigrateParams } from './migrate-english.ts';
import type { ProgressParams } from './english-progress.ts';

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
	PathParams &
	MigrateParams &
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

/** A catalog of some codes only: what one renderer words, in one language. */
export type Catalog<C extends MessageCode> = Pick<Messages, C>;

// A host passes the same catalog to every call: complete it once per fallback.
const resolved = new WeakMap<object, WeakMap<object, object>>();

/**
 * A renderer's catalog from a caller's partial one: every code of `english` (the renderer's own
 * codes, in English) that `messages` leaves out (or sets to undefined) stays English; codes the
 * renderer does not use are left behind. A catalog object is completed once per renderer and
 * remembered: build a new object to change one.
 */
export function resolveMessages<C extends MessageCode>(messages: Partial<Messages> | undefined, english: Catalog<C>): Catalog<C> {
	if (!messages || messages === english) return english;
	let byFallback = resolved.get(messages);
	if (!byFallback) resolved.set(messages, (byFallback = new WeakMap()));
	let full = byFallback.get(english) as Catalog<C> | undefined;
	if (!full) {
		const out: Record<string, unknown> = { ...english };
		for (const [code, text] of Object.entries(messages)) if (typeof text === 'function' && code in english) out[code] = text;
		byFallback.set(english, (full = out as Catalog<C>));
	}
	return full;
}

/** The text of one code with its parameters, typed: what the renderers call. */
export const say = <C extends MessageCode>(messages: Catalog<C>, code: C, params: MessageParams[C]): string =>
	(messages[code] as (p: MessageParams[C]) => string)(params);

/**
 * A problem's message and hint in a catalog's words. A problem of a data object (it has no line)
 * takes the `CODE.data` and `CODE.data.hint` wording where there is one: no files, lines or YAML.
 */
export function wordProblem(
	messages: Partial<Messages>,
	problem: { code: keyof ProblemParams; params: unknown; line?: number | undefined; message?: string; hint?: string | undefined },
): { message: string; hint?: string } {
	const table = messages as unknown as Record<string, ((params: unknown) => string) | undefined>;
	const data = problem.line === undefined;
	const word = (key: string) => ((data ? table[`${problem.code}.data${key}`] : undefined) ?? table[`${problem.code}${key}`])?.(problem.params);
	// What the catalog leaves out keeps the English the problem carries (createProblem wrote it).
	const hint = word('.hint') ?? problem.hint;
	return { message: word('') ?? problem.message ?? problem.code, ...(hint ? { hint } : {}) };
}
