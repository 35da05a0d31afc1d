import { assess, formatMessage, formatProblems, type Assessment, type Framework, type ValidatedAssessment } from '@rungs/core';
import { renderGapHtml } from '@rungs/core/render';
import { byId } from './dom.ts';

/** Recomputes the gap report and shows it; the headline goes to a polite live region. */
export function showReport(framework: Framework, assessment: Assessment): void {
	// The form builds the assessment from this framework's own ladders, levels and ratings (select
	// lists, never typed text), so it is valid by construction; the validator, with zod and YAML,
	// stays out of this bundle (it loads when a file is opened). assess still refuses what it cannot
	// measure, and that is shown rather than thrown.
	const result = assess(framework, assessment as ValidatedAssessment);
	const headline = byId('report-headline');
	if (!result.ok) {
		byId('report').textContent = formatProblems(result.problems);
		headline.textContent = 'No report: the assessment does not fit these ladders.';
		return;
	}
	const report = result.value;
	byId('report').innerHTML = renderGapHtml(report, { headingLevel: 2, idPrefix: 'live' });
	const verdict = formatMessage({ code: report.readiness.meetsRule ? 'gap.meetsRule' : 'gap.notYet', params: {} });
	const text = `${verdict}. ${formatMessage(report.readiness.headline)}`;
	if (headline.textContent !== text) headline.textContent = text;
}
