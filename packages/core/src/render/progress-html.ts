import { PROGRESS_ENGLISH, type ProgressCode } from './progress-catalogs.ts';
import type { ProgressReport } from '../schema/progress-report.ts';
import type { GrowthPlan } from '../schema/growth-plan.ts';
import { disclaimer, evidenceLine, statusWords, wordsOf, type Words } from './common.ts';
import { escapeHtml as e } from './html.ts';
import { inlineHtml } from './inline.ts';
import type { HtmlOptions } from './render-html.ts';
import { renderProgressChartSvg } from './progress-chart-svg.ts';
import { competencyName, goalWords, labelOf, movedWords, moveOf, outcomeWords, spanWords } from './progress-words.ts';

const heading = (level: number, text: string, id?: string) => `<h${level}${id ? ` id="${id}"` : ''}>${text}</h${level}>`;
const th = (text: string) => `<th scope="col">${e(text)}</th>`;
const STATUSES = ['exceeds', 'meets', 'below', 'unrated'] as const;

/** The progress sections as HTML, headings from `level`: the body of the report and of a gap report's "Since last time". */
export function progressHtmlBody(report: ProgressReport, options: HtmlOptions, level: number, id: string): string {
	const w = wordsOf(options, PROGRESS_ENGLISH);
	const out: string[] = [`<p class="rungs-move">${e(spanWords(w, report))}</p><p class="rungs-counts">${e(w.say('progress.summary', report.summary))}</p>`];
	out.push(`<div class="rungs-table-wrap" tabindex="0" role="region" aria-label="${e(w.say('progress.sinceLastTime', {}))}"><table class="rungs-table"><thead><tr>${th(w.say('column.competency', {}))}${th(w.say('column.rating', {}))}${th(w.say('column.movement', {}))}${th(w.say('progress.evidenceAdded', {}))}</tr></thead><tbody>`);
	for (const row of report.competencies) {
		const added = row.evidenceAdded.length > 0 ? `<ul class="rungs-evidence">${row.evidenceAdded.map((item) => `<li>${e(evidenceLine(w, item))}</li>`).join('')}</ul>` : '—';
		out.push(`<tr class="rungs-movement-${row.movement}"><th scope="row">${e(row.name)}</th><td>${e(moveOf(row))}</td><td>${e(movedWords(w, row))}</td><td>${added}</td></tr>`);
	}
	out.push('</tbody></table></div>');
	for (const migration of report.migrations) {
		out.push(`<p class="rungs-note">${e(w.say('progress.migrated', { date: w.say('report.date', { date: migration.date }), from: migration.from, to: migration.to }))}</p>`);
		if (migration.changes.length > 0) out.push(`<ul>${migration.changes.map((c) => `<li>${e(w.say('progress.change', { kind: c.kind, name: competencyName(report, c.competency) }))}</li>`).join('')}</ul>`);
	}
	if (report.goals.length > 0) {
		out.push(`<section aria-labelledby="${id}-goals">${heading(level, e(w.say('progress.goals', {})), `${id}-goals`)}<table class="rungs-table"><thead><tr>${th(w.say('column.goal', {}))}${th(w.say('column.outcome', {}))}</tr></thead><tbody>`);
		for (const goal of report.goals) out.push(`<tr class="rungs-outcome-${goal.outcome}"><td>${e(goalWords(w, goal))}</td><td>${e(outcomeWords(w, goal))}</td></tr>`);
		out.push('</tbody></table></section>');
	}
	out.push(`<section aria-labelledby="${id}-timeline">${heading(level, e(w.say('progress.timeline', {})), `${id}-timeline`)}`);
	if (options.chart !== false) out.push(`<figure class="rungs-figure">${renderProgressChartSvg(report, { id: `${id}-chart`, ...(options.messages ? { messages: options.messages } : {}) })}</figure>`);
	const dates = report.points.map((p) => w.say('report.date', { date: p.date }));
	out.push(`<div class="rungs-table-wrap" tabindex="0" role="region" aria-label="${e(w.say('progress.countsTable', {}))}"><table class="rungs-table"><caption>${e(w.say('progress.countsTable', {}))}</caption><thead><tr>${th(w.say('column.date', {}))}${STATUSES.map((s) => th(statusWords(w, s))).join('')}${th(w.say('column.readinessRule', {}))}</tr></thead><tbody>`);
	report.points.forEach((p, i) => {
		out.push(`<tr><th scope="row">${e(dates[i]!)}</th>${STATUSES.map((s) => `<td>${p.counts[s]}</td>`).join('')}<td>${e(w.say('progress.meetsRule', { meets: p.meetsRule }))}</td></tr>`);
	});
	out.push('</tbody></table></div>');
	out.push(`<div class="rungs-table-wrap" tabindex="0" role="region" aria-label="${e(w.say('progress.timelineCaption', {}))}"><table class="rungs-table"><caption>${e(w.say('progress.timelineCaption', {}))}</caption><thead><tr>${th(w.say('column.competency', {}))}${dates.map(th).join('')}</tr></thead><tbody>`);
	for (const row of report.competencies) out.push(`<tr><th scope="row">${e(row.name)}</th>${row.ratings.map((r) => `<td>${e(labelOf(r))}</td>`).join('')}</tr>`);
	out.push('</tbody></table></div></section>');
	return out.join('');
}

/**
 * Progress over time as an HTML fragment: what moved per competency, since when, the evidence
 * added, what a migration changed, the goals read back, and a small timeline chart with its data
 * in tables. Every text that came from a file is escaped.
 *
 * @example
 * main.innerHTML = renderProgressHtml(progress, { headingLevel: 2 });
 */
export function renderProgressHtml(report: ProgressReport, options: HtmlOptions = {}): string {
	const h = options.headingLevel ?? 2;
	const id = options.idPrefix ?? 'rungs-progress';
	const w = wordsOf(options, PROGRESS_ENGLISH);
	return `<article class="rungs-report rungs-progress" aria-labelledby="${id}-title"><header class="rungs-report-header">${heading(h, e(w.say('progress.title', { name: report.person.name })), `${id}-title`)}</header>${progressHtmlBody(report, options, h + 1, id)}<p class="rungs-disclaimer">${e(disclaimer(w))}</p></article>`;
}

/** The growth plan as HTML, its steps' headings at `level`. */
export function planHtmlBody(w: Words<ProgressCode>, plan: GrowthPlan, level: number): string {
	if (plan.steps.length === 0) return `<p>${e(w.say('plan.empty', {}))}</p>`;
	const out = [`<p>${e(w.say('plan.intro', { target: plan.target.title }))}</p><ol class="rungs-plan">`];
	for (const step of plan.steps) {
		out.push(`<li class="rungs-plan-step rungs-plan-${step.reason}">${heading(level, `${e(step.name)} <span class="rungs-tag">${e(w.say('plan.reason', { reason: step.reason }))}</span>`)}`);
		out.push(`<p>${step.statement ? inlineHtml(step.statement.text) : e(w.say('plan.noStatement', {}))}</p>`);
		out.push(`<p class="rungs-label">${e(w.say('plan.evidence', {}))}</p>${step.evidence.length > 0 ? `<ul class="rungs-evidence">${step.evidence.map((x) => `<li>${e(x)}</li>`).join('')}</ul>` : `<p class="rungs-muted">${e(w.say('plan.noExamples', {}))}</p>`}`);
		out.push(`<p class="rungs-label">${e(w.say('plan.yourGoal', {}))}</p><p class="rungs-muted">…</p><p class="rungs-label">${e(w.say('plan.byWhen', {}))}</p><p class="rungs-muted">…</p></li>`);
	}
	out.push('</ol>');
	return out.join('');
}

/**
 * A growth plan as an HTML fragment.
 *
 * @example
 * section.innerHTML = renderGrowthPlanHtml(plan);
 */
export function renderGrowthPlanHtml(plan: GrowthPlan, options: HtmlOptions = {}): string {
	const h = options.headingLevel ?? 2;
	const id = options.idPrefix ?? 'rungs-plan';
	const w = wordsOf(options, PROGRESS_ENGLISH);
	return `<article class="rungs-report rungs-plan-report" aria-labelledby="${id}-title"><header class="rungs-report-header">${heading(h, e(w.say('plan.title', { name: plan.person.name })), `${id}-title`)}</header>${planHtmlBody(w, plan, h + 1)}<p class="rungs-disclaimer">${e(disclaimer(w))}</p></article>`;
}
