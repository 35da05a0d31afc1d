import { assess, formatMessage, formatProblems, type Assessment, type Framework, type ValidatedAssessment } from '@rungs/core';
import { renderGapHtml } from '@rungs/core/render';
import { byId } from './dom.ts';
import { messages, words } from './words.ts';

/** Recomputes the gap report and shows it; the headline goes to a polite live region. */
export function showReport(framework: Framework, assessment: Assessment): void {
	// The form builds the assessment from this framework's own ladders, levels and ratings (select
	// lists, never typed text), so it is valid by construction; the validator, with zod and YAML,
	// stays out of this bundle (it loads when a file is opened). assess still refuses what it cannot
	// measure, and that is shown rather than thrown.
	const result = assess(framework, assessment as ValidatedAssessment);
	const headline = byId('report-headline');
	if (!result.ok) {
		byId('report').textContent = formatProblems(result.problems, { messages: messages() });
		headline.textContent = words.noReport;
		return;
	}
	const report = result.value;
	byId('report').innerHTML = renderGapHtml(report, { headingLevel: 2, idPrefix: 'live', messages: messages() });
	const verdict = formatMessage({ code: report.readiness.meetsRule ? 'gap.meetsRule' : 'gap.notYet', params: {} }, messages());
	showBar(verdict, report.readiness.meetsRule, report.readiness.counts);
	const text = `${verdict}. ${formatMessage(report.readiness.headline, messages())}`;
	if (headline.textContent !== text) headline.textContent = text;
}

/**
 * The readiness bar: the verdict and how many competencies are at the target, kept in view while
 * the person rates (see assess.css), and a link to the full report. Its words come from the page.
 */
function showBar(verdict: string, meets: boolean, counts: { exceeds: number; meets: number; below: number; unrated: number }): void {
	const bar = byId<HTMLAnchorElement>('readiness-bar');
	const met = counts.exceeds + counts.meets;
	const total = met + counts.below + counts.unrated;
	bar.querySelector('.bar-verdict')!.textContent = verdict;
	bar.querySelector('.bar-counts')!.textContent = (bar.dataset.template ?? '{met}/{total}').replace('{met}', String(met)).replace('{total}', String(total));
	bar.querySelector<HTMLElement>('.bar-fill')!.style.width = `${total === 0 ? 0 : Math.round((met / total) * 100)}%`;
	bar.classList.toggle('bar-meets', meets);
	bar.hidden = false;
}
