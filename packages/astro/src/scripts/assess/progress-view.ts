import type { Messages, ValidatedAssessment } from '@rungs/core';
import { renderGrowthPlanHtml, renderProgressHtml } from '@rungs/core/render';
import type { GrowthPlan, ProgressReport } from '@rungs/core/team';
import { byId, el } from './dom.ts';
import { withCode, type Explained } from './page-ui.ts';
import { fill, pageLang, words as w } from './words.ts';

/** A file's date (YYYY-MM-DD) as the page's language writes it. */
const dateWords = (date: string): string => {
	const day = new Date(`${date}T00:00:00`);
	return Number.isNaN(day.getTime()) ? date : day.toLocaleDateString(pageLang, { dateStyle: 'long' });
};

/** An earlier assessment opened on the page: its file's name and text (to locate problems) and what it holds. */
export interface Since {
	name: string;
	text: string;
	assessment: ValidatedAssessment;
}

interface Shown {
	progress: ProgressReport | undefined;
	problems: readonly Explained[];
	plan: GrowthPlan | undefined;
	messages: Partial<Messages> | undefined;
}

/**
 * Fills the "Since last time" section under the report: core's progress report (what moved, the
 * evidence added, the goals read back, the timeline with its tables) and its growth plan. The HTML
 * is core's, which escapes every text from a file; the page's own sentences are set as text.
 */
export function showSinceIn(since: Since, shown: Shown): void {
	const section = byId('since');
	const options = { messages: shown.messages, headingLevel: 3 as const };
	const body = el('div', { class: 'since-body' });
	if (shown.progress) body.innerHTML = renderProgressHtml(shown.progress, { ...options, idPrefix: 'since' });
	const parts: Node[] = [
		el('h2', { id: 'since-title' }, w.sinceHeading),
		el('p', { class: 'help' }, fill(w.sinceAbout, { origin: since.name, date: dateWords(since.assessment.date) })),
	];
	if (shown.progress) parts.push(body);
	else {
		// The page's assessment changed since the file was opened (another name, a later date…): say why it no longer compares.
		parts.push(el('div', { class: 'status status-error' }, el('p', {}, fill(w.sinceUnavailable, { origin: since.name })), el('ul', { class: 'problem-list' }, ...[...new Set(shown.problems.map((p) => p.plain))].map((text) => el('li', {}, ...withCode(text))))));
	}
	if (shown.plan) {
		const plan = el('div', { class: 'since-body' });
		plan.innerHTML = renderGrowthPlanHtml(shown.plan, { ...options, idPrefix: 'next' });
		parts.push(el('h2', { id: 'next-title' }, w.planHeading), plan);
	}
	const close = el('button', { type: 'button', class: 'secondary no-print' }, w.stopComparing);
	close.addEventListener('click', () => {
		section.hidden = true;
		section.replaceChildren();
		byId('open-earlier').focus();
		section.dispatchEvent(new CustomEvent('since-closed', { bubbles: true }));
	});
	parts.push(close);
	section.replaceChildren(...parts);
	section.hidden = false;
}
