import type { CalibrationReport, GapReport } from '../schema/gap-report.ts';
import { escapeMarkdown } from './escape-markdown.ts';
import { inlineMarkdown } from './inline.ts';
import { assessorWords, blockersToSay, byCategory, disclaimer, evidenceLine, evidenceWords, gapTags, type MessageOptions, moveWords, statusWords, wordsOf } from './common.ts';

// Escaping lives in escape-markdown.ts (inline.ts uses it too); the diff renderer and tests import it from here.
export { escapeMarkdown };

/**
 * A gap report as Markdown, for a pull request, a wiki page or a document.
 *
 * @example
 * await writeFile('report.md', renderGapMarkdown(report));
 */
export function renderGapMarkdown(report: GapReport, options: MessageOptions = {}): string {
	const e = escapeMarkdown;
	const w = wordsOf(options);
	const out: string[] = [
		`# ${e(w.say('gap.title', { name: report.person.name }))}`,
		'',
		`${e(moveWords(w, report))}  `,
		e(w.say('report.assessedOn', { assessor: assessorWords(w, report), date: report.date })),
		'',
		`## ${e(w.say('gap.readiness', {}))}`,
		'',
		`**${e(report.readiness.meetsRule ? w.say('gap.meetsRule', {}) : w.say('gap.notYet', {}))}.** ${e(w.message(blockersToSay(report.readiness).headline))}`,
		'',
		e(w.say('gap.rule', { rule: w.message(report.readiness.ruleDescription) })),
		'',
	];
	const said = blockersToSay(report.readiness).blockers;
	for (const blocker of said) out.push(`- ${e(w.message(blocker))}`);
	if (said.length > 0) out.push('');
	const columns = (['column.competency', 'column.category', 'column.rating', 'column.status', 'column.evidence'] as const).map((code) => e(w.say(code, {})));
	out.push(`## ${e(w.say('gap.competencies', {}))}`, '', `| ${columns.join(' | ')} |`, '| --- | --- | --- | --- | --- |');
	for (const [category, gaps] of byCategory(report)) {
		for (const gap of gaps) {
			const tags = gapTags(w, report, gap);
			out.push(`| ${e(gap.name)}${tags.length ? ` (${e(tags.join(', '))})` : ''} | ${e(category)} | ${e(gap.rating?.label ?? '—')} | ${e(statusWords(w, gap.status))} | ${e(evidenceWords(w, gap))} |`);
		}
	}
	const work = report.competencies.filter((g) => g.toShow.length > 0 || g.evidence.items.length > 0 || g.note);
	if (work.length > 0) {
		out.push('', `## ${e(w.say('gap.details', {}))}`, '');
		for (const gap of work) {
			out.push(`### ${e(gap.name)}`, '');
			if (gap.note) out.push(e(gap.note), '');
			if (gap.toShow.length > 0) {
				out.push(w.say('text.label', { label: e(w.say('gap.stillToShow', {})) }), '');
				for (const s of gap.toShow) out.push(`- ${inlineMarkdown(s.text)} (${e(s.levelTitle)})`);
				out.push('');
			}
			if (gap.evidence.items.length > 0) {
				out.push(w.say('text.label', { label: e(w.say('gap.evidence', {})) }), '');
				for (const item of gap.evidence.items) out.push(`- ${e(evidenceLine(w, item))}`);
				out.push('');
			}
		}
	}
	if (report.leftBehind.length > 0) out.push('', w.say('report.leftBehind', { ladder: e(report.target.ladderTitle), names: report.leftBehind.map((c) => e(c.name)) }));
	if (report.notes) out.push('', w.say('report.notes', { notes: e(report.notes) }));
	out.push('', `_${e(disclaimer(w))}_`, '');
	return out.join('\n').replace(/\n{3,}/g, '\n\n');
}

/**
 * A calibration report as Markdown: a table of both ratings, largest differences first.
 *
 * @example
 * renderCalibrationMarkdown(calibration);
 */
export function renderCalibrationMarkdown(report: CalibrationReport, options: MessageOptions = {}): string {
	const e = escapeMarkdown;
	const w = wordsOf(options);
	const who = (s: CalibrationReport['first']) => e(w.say('calibration.assessor', { role: s.assessor.role, name: s.assessor.name ?? null }));
	const towards = w.say('calibration.towardsSentence', { target: e(report.target.title), ladder: e(report.target.ladderTitle) });
	const out = [
		`# ${e(w.say('calibration.title', { name: report.person.name }))}`,
		'',
		`${towards} ${e(w.say('calibration.summary', report.summary))}.`,
		'',
		`| ${e(w.say('column.competency', {}))} | ${who(report.first)} | ${who(report.second)} | ${e(w.say('column.difference', {}))} |`,
		'| --- | --- | --- | --- |',
	];
	for (const row of report.competencies) {
		const delta = row.delta === null ? '—' : row.delta > 0 ? `+${row.delta}` : String(row.delta);
		out.push(`| ${e(row.name)} | ${e(row.first.rating?.label ?? '—')} | ${e(row.second.rating?.label ?? '—')} | ${delta}${row.agreement === 'discuss' ? ` **${e(w.say('calibration.discuss', {}))}**` : ''} |`);
	}
	out.push('', `_${e(disclaimer(w))}_`, '');
	return out.join('\n');
}
