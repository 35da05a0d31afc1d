import type { Message, Messages } from './catalog.ts';
import { englishCore } from './english-core.ts';

/**
 * Puts a message (`{ code, params }`: a problem, a blocker, a readiness headline or rule
 * description from a report, a ladder diff's bump reason) into words, with the host's catalog or in
 * English. A renderer's own words (a team summary's, an email's, a diff's headings, an imported
 * ladder's comments) are worded in English by that renderer; here they need a catalog that has them
 * (`englishMessages`, `frenchMessages`): without one, a code is shown as it is.
 *
 * @example
 * formatMessage(report.readiness.headline); // "2 things stand between these ratings and Senior."
 * const german = { UNRATED: (p: { name: string }) => `${p.name} ist noch nicht bewertet.` };
 * for (const blocker of report.readiness.blockers) console.log(formatMessage(blocker, german));
 */
export function formatMessage(message: Message, messages?: Partial<Messages>): string {
	const own = (messages as Record<string, unknown> | undefined)?.[message.code];
	const text = (typeof own === 'function' ? own : (englishCore as Record<string, unknown>)[message.code]) as ((params: unknown) => string) | undefined;
	// A code this version does not know (a report from a newer version): say so rather than throw.
	return text ? text(message.params) : message.code;
}
