import { PROGRESS_ENGLISH, type ProgressCode } from './progress-catalogs.ts';
import type { ProgressReport } from '../schema/progress-report.ts';
import type { GrowthPlan } from '../schema/growth-plan.ts';
import { disclaimer, evidenceLine, wordsOf, type MessageOptions, type Words } from './common.ts';
import { inlineText } from './inline.ts';
import { wrap } from './render-text.ts';

import { competencyName, goalWords, labelOf, movedWords, moveOf, outcomeWords, spanWords } from './progress-words.ts';

/** A list item wrapped at the report's width, its continuation lines under its text. */
const item = (text: string, indent: string) => {
	const wrapped = wrap(`- ${text}`, `${indent}  `);
	// The first line's marker sits at the indent, not under the text.
	return wrapped.startsWith(`${indent}  - `) ? `${indent}- ${wrapped.slice(indent.length + 4)}` : wrapped;
};

const MARK = { up: '▲', down: '▼', same: '=', rated: '+', unrated: '?' } as const;

/** The progress lines without a title: the body of the standalone report and of a gap report's "Since last time". */
export function progressLines(w: Words<ProgressCode>, report: ProgressReport): string[] {
	const out = [wrap(spanWords(w, report), ''), wrap(w.say('progress.summary', report.summary), ''), ''];
	for (const row of report.competencies) {
		out.push(`  ${MARK[row.movement]} ${w.say('text.label', { label: row.name })} ${moveOf(row)} (${movedWords(w, row)})`);
		if (row.evidenceAdded.length > 0) {
			out.push(`      ${w.say('text.label', { label: w.say('progress.evidenceAdded', {}) })}`);
			for (const added of row.evidenceAdded) out.push(item(evidenceLine(w, added), '      '));
		}
	}
	for (const migration of report.migrations) {
		out.push('', wrap(w.say('progress.migrated', { date: w.say('report.date', { date: migration.date }), from: migration.from, to: migration.to }), ''));
		for (const change of migration.changes) out.push(item(w.say('progress.change', { kind: change.kind, name: competencyName(report, change.competency) }), '  '));
	}
	if (report.goals.length > 0) {
		out.push('', w.say('text.label', { label: w.say('progress.goals', {}) }));
		for (const goal of report.goals) out.push(item(`${w.say('text.label', { label: goalWords(w, goal) })} ${outcomeWords(w, goal)}`, '  '));
	}
	out.push('', w.say('text.label', { label: w.say('progress.timeline', {}) }));
	const dates = report.points.map((p) => w.say('report.date', { date: p.date }));
	const rows = [[w.say('column.competency', {}), ...dates], ...report.competencies.map((row) => [row.name, ...row.ratings.map(labelOf)])];
	const widths = rows[0]!.map((_, i) => Math.max(...rows.map((cells) => cells[i]!.length)));
	for (const cells of rows) out.push(`  ${cells.map((cell, i) => cell.padEnd(widths[i]!)).join('  ')}`.trimEnd());
	return out;
}

/**
 * Progress over time for a terminal: what moved per competency since the assessment before, since
 * when each rating holds, the evidence added, what a migration changed, the goals read back, and
 * the timeline as a table.
 *
 * @example
 * process.stdout.write(renderProgressText(progress));
 */
export function renderProgressText(report: ProgressReport, options: MessageOptions = {}): string {
	const w = wordsOf(options, PROGRESS_ENGLISH);
	return `${[w.say('progress.title', { name: report.person.name }), ...progressLines(w, report), '', disclaimer(w)].join('\n')}\n`;
}

/** The growth plan's lines without a title. */
export function planLines(w: Words<ProgressCode>, plan: GrowthPlan): string[] {
	if (plan.steps.length === 0) return [w.say('plan.empty', {})];
	const out = [wrap(w.say('plan.intro', { target: plan.target.title }), '')];
	plan.steps.forEach((step, i) => {
		out.push('', `${i + 1}. ${step.name} (${w.say('plan.reason', { reason: step.reason })}, ${labelOf(step.rating)})`);
		out.push(wrap(step.statement ? inlineText(step.statement.text) : w.say('plan.noStatement', {}), '   '));
		if (step.evidence.length === 0) out.push(wrap(`${w.say('text.label', { label: w.say('plan.evidence', {}) })} ${w.say('plan.noExamples', {})}`, '   '));
		else out.push(`   ${w.say('text.label', { label: w.say('plan.evidence', {}) })}`, ...step.evidence.map((example) => item(example, '   ')));
		out.push(`   ${w.say('text.label', { label: w.say('plan.yourGoal', {}) })} …`, `   ${w.say('text.label', { label: w.say('plan.byWhen', {}) })} …`);
	});
	return out;
}

/**
 * A growth plan for a terminal: the next behaviours to work on, blockers first, each with the
 * evidence that would show it and room for the person's goal and date.
 *
 * @example
 * process.stdout.write(renderGrowthPlanText(plan));
 */
export function renderGrowthPlanText(plan: GrowthPlan, options: MessageOptions = {}): string {
	const w = wordsOf(options, PROGRESS_ENGLISH);
	return `${[w.say('plan.title', { name: plan.person.name }), ...planLines(w, plan), '', disclaimer(w)].join('\n')}\n`;
}
