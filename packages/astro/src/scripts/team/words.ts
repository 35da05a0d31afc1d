import type { TeamScriptWords } from '../../i18n/en-team.ts';
import { byId } from '../assess/dom.ts';

/** What the page hands its script: its language, and the script's sentences in it (see i18n/en-team.ts). */
export interface PageWords {
	lang: string;
	words: TeamScriptWords;
}

/** The words the page carries as data (never as script: the site's CSP allows no inline script). */
export const pageWords = (): PageWords => JSON.parse(byId('team-words').textContent ?? '{}') as PageWords;

/** A template with its `{name}` slots filled; a slot with no value stays as it is, so a missing value shows. */
export const fill = (template: string, values: Record<string, string | number>): string =>
	template.replace(/\{(\w+)\}/g, (slot, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : slot));

/** The form of a sentence for a count, by the language's plural rules (French says "1 fichier", "0 fichier"). */
export function counted(lang: string, forms: { one: string; other: string }, count: number, values: Record<string, string | number> = {}): string {
	const form = new Intl.PluralRules(lang).select(count) === 'one' ? forms.one : forms.other;
	return fill(form, { ...values, count: new Intl.NumberFormat(lang).format(count) });
}
