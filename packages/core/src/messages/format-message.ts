import type { Message, Messages } from './catalog.ts';
import { englishReport } from './english-report.ts';

/**
 * Puts a message (`{ code, params }`: a problem, a blocker, a readiness headline or rule
 * description from a report, a ladder diff's bump reason) into words, with the host's catalog or in
 * English. A problem (or any message that carries its English `message`, as every problem does) is
 * worded by the catalog when it has the code, else keeps the English it carries: the English of
 * problems is not bundled here, so a page that words reports does not load every problem's words.
 * A renderer's own words (a team summary's, an email's, a diff's headings, an imported ladder's
 * comments) and a bare problem code without its `message` (a hint's code, say) need a catalog that
 * has them (`englishMessages`, `frenchMessages`): without one, a code is shown as it is.
 *
 * @example
 * formatMessage(report.readiness.headline); // "2 things stand between these ratings and Senior."
 * const german = { UNRATED: (p: { name: string }) => `${p.name} ist noch nicht bewertet.` };
 * for (const blocker of report.readiness.blockers) console.log(formatMessage(blocker, german));
 */
export function formatMessage(message: Message, messages?: Partial<Messages>): string {
	const own = (messages as Record<string, unknown> | undefined)?.[message.code];
	const text = (typeof own === 'function' ? own : (englishReport as Record<string, unknown>)[message.code]) as ((params: unknown) => string) | undefined;
	if (text) return text(message.params);
	// A problem carries its English words; a code this version does not know (a report from a newer
	// version): say so rather than throw.
	const carried = (message as { message?: unknown }).message;
	return typeof carried === 'string' ? carried : message.code;
}
