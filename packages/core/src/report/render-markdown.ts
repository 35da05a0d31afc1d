import type { CalibrationReport, GapReport } from '../schema/gap-report.ts';
import { assessorWords, byCategory, DISCLAIMER, evidenceLine, evidenceWords, gapTags, moveWords, STATUS_WORDS } from './common.ts';

/**
 * Escapes text for a Markdown table cell or line: no HTML, no accidental formatting.
 *
 * @example
 * escapeMarkdown('Uses <b>tags</b> | pipes'); // "Uses \\<b\\>tags\\</b\\> \\| pipes"
 */
export const escapeMarkdown = (text: string): string =>
	text
		.replace(/\s+/g, ' ')
		.replace(/[\\`*_{}[\]()#+!|<>~]/g, (ch) => `\\${ch}`)
		.trim();

/**
 * A gap report as Markdown, for a pull request, a wiki page or a document.
 *
 * @example
 * await writeFile('report.md', renderGapMarkdown(assess(framework, assessment)));
 */
export function renderGapMarkdown(report: GapReport): string {
	const e = escapeMarkdown;
	const out: string[] = [
		`# Gap report: ${e(report.person.name)}`,
		'',
		`${e(moveWords(report))}  `,
		`${e(assessorWords(report))} of ${e(report.date)}`,
		'',
		'## Readiness',
		'',
		`**${report.readiness.meetsRule ? 'Meets the rule' : 'Not yet'}.** ${e(report.readiness.headline)}`,
		'',
		`Rule: ${e(report.readiness.ruleDescription)}`,
		'',
	];
	for (const blocker of report.readiness.blockers) out.push(`- ${e(blocker.message)}`);
	if (report.readiness.blockers.length > 0) out.push('');
	out.push('## Competencies', '', '| Competency | Category | Rating | Status | Evidence |', '| --- | --- | --- | --- | --- |');
	for (const [category, gaps] of byCategory(report)) {
		for (const gap of gaps) {
			const tags = gapTags(report, gap);
			out.push(`| ${e(gap.name)}${tags.length ? ` (${tags.join(', ')})` : ''} | ${e(category)} | ${e(gap.rating?.label ?? '—')} | ${STATUS_WORDS[gap.status]} | ${evidenceWords(gap)} |`);
		}
	}
	const work = report.competencies.filter((g) => g.toShow.length > 0 || g.evidence.items.length > 0 || g.note);
	if (work.length > 0) {
		out.push('', '## Still to show, and the evidence', '');
		for (const gap of work) {
			out.push(`### ${e(gap.name)}`, '');
			if (gap.note) out.push(e(gap.note), '');
			if (gap.toShow.length > 0) {
				out.push('Still to show:', '');
				for (const s of gap.toShow) out.push(`- ${e(s.text)} (${e(s.levelTitle)})`);
				out.push('');
			}
			if (gap.evidence.items.length > 0) {
				out.push('Evidence:', '');
				for (const item of gap.evidence.items) out.push(`- ${e(evidenceLine(item))}`);
				out.push('');
			}
		}
	}
	if (report.leftBehind.length > 0) out.push('', `Not part of ${e(report.target.matrixTitle)}: ${report.leftBehind.map((c) => e(c.name)).join(', ')}.`);
	if (report.notes) out.push('', `Notes: ${e(report.notes)}`);
	out.push('', `_${DISCLAIMER}_`, '');
	return out.join('\n').replace(/\n{3,}/g, '\n\n');
}

/**
 * A calibration report as Markdown: a table of both ratings, largest differences first.
 *
 * @example
 * renderCalibrationMarkdown(compareAssessments(framework, self, manager));
 */
export function renderCalibrationMarkdown(report: CalibrationReport): string {
	const e = escapeMarkdown;
	const who = (s: CalibrationReport['first']) => e(`${s.assessor.role}${s.assessor.name ? ` (${s.assessor.name})` : ''}`);
	const out = [
		`# Calibration: ${e(report.person.name)}`,
		'',
		`Towards ${e(report.target.title)} (${e(report.target.matrixTitle)}). ${report.summary.agree} agree, ${report.summary.differ} differ by a step, ${report.summary.discuss} to discuss, ${report.summary.incomplete} incomplete.`,
		'',
		`| Competency | ${who(report.first)} | ${who(report.second)} | Difference |`,
		'| --- | --- | --- | --- |',
	];
	for (const row of report.competencies) {
		const delta = row.delta === null ? '—' : row.delta > 0 ? `+${row.delta}` : String(row.delta);
		out.push(`| ${e(row.name)} | ${e(row.first.rating?.label ?? '—')} | ${e(row.second.rating?.label ?? '—')} | ${delta}${row.agreement === 'discuss' ? ' **discuss**' : ''} |`);
	}
	out.push('', `_${DISCLAIMER}_`, '');
	return out.join('\n');
}
