import type { Messages } from '@rungs/core';
import { englishTeamMessages } from '@rungs/core/render';

/**
 * Core's catalog for the page's language. English: the team summary's words, which core's team
 * renderers (save.ts) bring anyway; a report's words are built into core. Another language loads
 * its whole catalog, only on a page in that language (a chunk of its own).
 */
export async function messagesFor(lang: string): Promise<Partial<Messages>> {
	if (lang.split('-')[0] === 'fr') return (await import('./french-messages.ts')).frenchMessages;
	return englishTeamMessages;
}
