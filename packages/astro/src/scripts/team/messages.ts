import type { Messages } from '@rungs/core';

/**
 * Core's catalog for the page's language: English is built into core, so only another language
 * loads anything, and only on a page in that language (a chunk of its own).
 */
export async function messagesFor(lang: string): Promise<Messages | undefined> {
	if (lang.split('-')[0] === 'fr') return (await import('./french-messages.ts')).frenchMessages;
	return undefined;
}
