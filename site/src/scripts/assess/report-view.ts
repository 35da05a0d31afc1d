import { assess, formatMessage, renderGapHtml, type Assessment, type Framework } from '@rungs/core';
import { byId } from './dom.ts';

/** Recomputes the gap report and shows it; the headline goes to a polite live region. */
export function showReport(framework: Framework, assessment: Assessment): void {
	const report = assess(framework, assessment);
	byId('report').innerHTML = renderGapHtml(report, { headingLevel: 2, idPrefix: 'live' });
	const headline = byId('report-headline');
	const verdict = formatMessage({ code: report.readiness.meetsRule ? 'gap.meetsRule' : 'gap.notYet', params: {} });
	const text = `${verdict}. ${formatMessage(report.readiness.headline)}`;
	if (headline.textContent !== text) headline.textContent = text;
}
