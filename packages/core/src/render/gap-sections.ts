import { PROGRESS_ENGLISH, type ProgressCode } from './progress-catalogs.ts';
import type { GrowthPlan } from '../schema/growth-plan.ts';
import type { ProgressReport } from '../schema/progress-report.ts';
import { wordsOf, type MessageOptions } from './common.ts';
import { escapeMarkdown } from './escape-markdown.ts';
import { escapeHtml } from './html.ts';
import { planHtmlBody, progressHtmlBody } from './progress-html.ts';
import { planLines, progressLines } from './progress-text.ts';
import { planMarkdownLines, progressMarkdownLines } from './progress-markdown.ts';

/** What a gap report may carry after its own sections: progress since an earlier assessment, and a growth plan. */
export interface GapSections extends MessageOptions {
	/** Progress since earlier assessments (`trackProgress`): printed as "Since last time". */
	since?: ProgressReport;
	/** The next behaviours to work on (`planGrowth`): printed as "What to work on next". */
	plan?: GrowthPlan;
}

/** The sections after a gap report, in its format: nothing when neither is given. */
export function gapSections(format: 'text' | 'markdown' | 'html', options: GapSections): string {
	const w = wordsOf(options, PROGRESS_ENGLISH);
	const out: string[] = [];
	if (format === 'text') {
		if (options.since) out.push('', `== ${w.say('progress.sinceLastTime', {})}`, ...progressLines(w, options.since));
		if (options.plan) out.push('', `== ${w.say('plan.heading', {})}`, ...planLines(w, options.plan));
		return out.length > 0 ? `${out.join('\n')}\n` : '';
	}
	if (format === 'markdown') {
		if (options.since) out.push(`## ${escapeMarkdown(w.say('progress.sinceLastTime', {}))}`, '', ...progressMarkdownLines(w, options.since, 3), '');
		if (options.plan) out.push(`## ${escapeMarkdown(w.say('plan.heading', {}))}`, '', ...planMarkdownLines(w, options.plan, 3), '');
		return out.join('\n');
	}
	if (options.since) {
		out.push(`<section class="rungs-report rungs-progress" aria-labelledby="rungs-since-title"><h2 id="rungs-since-title">${escapeHtml(w.say('progress.sinceLastTime', {}))}</h2>`);
		out.push(progressHtmlBody(options.since, options, 3, 'rungs-since'), '</section>');
	}
	if (options.plan) out.push(`<section class="rungs-report rungs-plan-report" aria-labelledby="rungs-plan-title"><h2 id="rungs-plan-title">${escapeHtml(w.say('plan.heading', {}))}</h2>${planHtmlBody(w, options.plan, 3)}</section>`);
	return out.join('');
}
