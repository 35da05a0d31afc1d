import type { Messages } from '@rungs/core';
import type { UiStrings } from '../../i18n/en.ts';
import { byId } from './dom.ts';

/*
 * The words of the page's script, in the page's language: the dictionary travels inside the page as
 * data (#rungs-words, written from the locale's dictionary by assess/index.astro), so a page carries
 * only its own language. The library's own sentences (problems, the report) come from the catalog
 * the page's entry script chose (main-en.ts, main-fr.ts); English when it chose none.
 */

export type ScriptWords = UiStrings['assess']['script'];

export const words = JSON.parse(byId('rungs-words').textContent ?? '{}') as ScriptWords;

/** The page's language, for numbers, dates and times. */
export const pageLang = document.documentElement.lang || 'en';

/** A sentence of the dictionary with its `{name}` parts filled in. */
export const fill = (template: string, params: Record<string, string | number>): string =>
	template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole));

/** A number as the page's language writes it. */
export const number = (n: number): string => n.toLocaleString(pageLang);

let catalog: Partial<Messages> | undefined;
let problemWords: (() => Promise<Partial<Messages>>) | undefined;

/** The library's catalog for this page's language (undefined: English, the library's own). */
export const messages = (): Partial<Messages> | undefined => catalog;

/**
 * Set by the page's entry script when the page starts (see startAssessment): the report's words at
 * once, and how to load the words of problems, which only a checked file or link needs.
 */
export function useMessages(chosen: Partial<Messages>, problems?: () => Promise<Partial<Messages>>): void {
	catalog = chosen;
	problemWords = problems;
}

/**
 * Adds the words of problems to the catalog, once, before a problem is worded: they load with the
 * validator rather than with the page. Without them a problem keeps the English it carries.
 */
export async function loadProblemWords(): Promise<void> {
	const load = problemWords;
	if (!load) return;
	problemWords = undefined;
	catalog = { ...catalog, ...(await load()) };
}
