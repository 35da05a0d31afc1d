import { assess, renderGapHtml, type Assessment, type Framework } from '@rungs/core';
import { byId } from './dom.ts';

/** Recomputes the gap report and shows it; the headline goes to a polite live region. */
export function showReport(framework: Framework, assessment: Assessment): void {
	const report = assess(framework, assessment);
	byId('report').innerHTML = renderGapHtml(report, { headingLevel: 2, idPrefix: 'live' });
	const headline = byId('report-headline');
	const text = `${report.readiness.meetsRule ? 'Meets the rule.' : 'Not yet.'} ${report.readiness.headline}`;
	if (headline.textContent !== text) headline.textContent = text;
}
