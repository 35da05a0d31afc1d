import { PROGRESS_ENGLISH, type ProgressCode } from './progress-catalogs.ts';
import type { ProgressReport } from '../schema/progress-report.ts';
import type { GrowthPlan } from '../schema/growth-plan.ts';
import { disclaimer, evidenceLine, wordsOf, type MessageOptions, type Words } from './common.ts';
import { escapeMarkdown as e } from './escape-markdown.ts';
import { inlineMarkdown } from './inline.ts';
import { competencyName, goalWords, labelOf, movedWords, moveOf, outcomeWords, spanWords } from './progress-words.ts';

/** The progress sections in Markdown, their headings at `level`: the body of the report and of a gap report's "Since last time". */
export function progressMarkdownLines(w: Words<ProgressCode>, report: ProgressReport, level: number): string[] {
	const h = '#'.repeat(level);
	const out = [e(spanWords(w, report)), '', e(w.say('progress.summary', report.summary)), ''];
	out.push(`| ${e(w.say('column.competency', {}))} | ${e(w.say('column.rating', {}))} | ${e(w.say('column.movement', {}))} |`, '| --- | --- | --- |');
	for (const row of report.competencies) out.push(`| ${e(row.name)} | ${e(moveOf(row))} | ${e(movedWords(w, row))} |`);
	const added = report.competencies.filter((c) => c.evidenceAdded.length > 0);
	if (added.length > 0) {
		out.push('', `${h}# ${e(w.say('progress.evidenceAdded', {}))}`, '');
		for (const row of added) {
			out.push(`- **${e(row.name)}**`);
			for (const item of row.evidenceAdded) out.push(`  - ${e(evidenceLine(w, item))}`);
		}
	}
	for (const migration of report.migrations) {
		out.push('', e(w.say('progress.migrated', { date: w.say('report.date', { date: migration.date }), from: migration.from, to: migration.to })), '');
		for (const change of migration.changes) out.push(`- ${e(w.say('progress.change', { kind: change.kind, name: competencyName(report, change.competency) }))}`);
	}
	if (report.goals.length > 0) {
		out.push('', `${h}# ${e(w.say('progress.goals', {}))}`, '', `| ${e(w.say('column.goal', {}))} | ${e(w.say('column.outcome', {}))} |`, '| --- | --- |');
		for (const goal of report.goals) out.push(`| ${e(goalWords(w, goal))} | ${e(outcomeWords(w, goal))} |`);
	}
	const dates = report.points.map((p) => e(w.say('report.date', { date: p.date })));
	out.push('', `${h}# ${e(w.say('progress.timeline', {}))}`, '', e(w.say('progress.timelineCaption', {})), '');
	out.push(`| ${e(w.say('column.competency', {}))} | ${dates.join(' | ')} |`, `| --- |${' --- |'.repeat(dates.length)}`);
	for (const row of report.competencies) out.push(`| ${e(row.name)} | ${row.ratings.map((r) => e(labelOf(r))).join(' | ')} |`);
	return out;
}

/**
 * Progress over time as Markdown: what moved per competency, since when, the evidence added, what
 * a migration changed, the goals read back, and the timeline as a table.
 *
 * @example
 * await writeFile('progress.md', renderProgressMarkdown(progress));
 */
export function renderProgressMarkdown(report: ProgressReport, options: MessageOptions = {}): string {
	const w = wordsOf(options, PROGRESS_ENGLISH);
	return [`# ${e(w.say('progress.title', { name: report.person.name }))}`, '', ...progressMarkdownLines(w, report, 2), '', `_${e(disclaimer(w))}_`, ''].join('\n');
}

/** The growth plan in Markdown, its steps' headings at `level`. */
export function planMarkdownLines(w: Words<ProgressCode>, plan: GrowthPlan, level: number): string[] {
	if (plan.steps.length === 0) return [e(w.say('plan.empty', {}))];
	const out = [e(w.say('plan.intro', { target: plan.target.title }))];
	plan.steps.forEach((step, i) => {
		out.push('', `${'#'.repeat(level)} ${i + 1}. ${e(step.name)} (${e(w.say('plan.reason', { reason: step.reason }))}, ${e(labelOf(step.rating))})`, '');
		out.push(step.statement ? inlineMarkdown(step.statement.text) : e(w.say('plan.noStatement', {})), '');
		out.push(`**${e(w.say('text.label', { label: w.say('plan.evidence', {}) }))}**${step.evidence.length > 0 ? '' : ` ${e(w.say('plan.noExamples', {}))}`}`, '');
		if (step.evidence.length > 0) out.push(...step.evidence.map((example) => `- ${e(example)}`), '');
		out.push(`**${e(w.say('text.label', { label: w.say('plan.yourGoal', {}) }))}** …  `, `**${e(w.say('text.label', { label: w.say('plan.byWhen', {}) }))}** …`);
	});
	return out;
}

/**
 * A growth plan as Markdown.
 *
 * @example
 * renderGrowthPlanMarkdown(plan);
 */
export function renderGrowthPlanMarkdown(plan: GrowthPlan, options: MessageOptions = {}): string {
	const w = wordsOf(options, PROGRESS_ENGLISH);
	return [`# ${e(w.say('plan.title', { name: plan.person.name }))}`, '', ...planMarkdownLines(w, plan, 2), '', `_${e(disclaimer(w))}_`, ''].join('\n');
}
