import type { CalibrationReport, GapReport } from '../schema/gap-report.ts';
import { assessorWords, byCategory, DISCLAIMER, evidenceLine, evidenceWords, gapTags, moveWords, STATUS_WORDS } from './common.ts';

export interface TextOptions {
	/** ANSI colours, for a terminal only. */
	color?: boolean;
}

const paint = (on: boolean | undefined, code: string, text: string) => (on ? `\u001b[${code}m${text}\u001b[0m` : text);
const MARK = { exceeds: '▲', meets: '✓', below: '✗', unrated: '?' } as const;
const COLOUR = { exceeds: '32', meets: '32', below: '31', unrated: '33' } as const;

/** Wraps plain text at a width, indenting every line. */
function wrap(text: string, indent: string, width = 96): string {
	const words = text.replace(/\s+/g, ' ').trim().split(' ');
	const lines: string[] = [];
	let line = '';
	for (const word of words) {
		if (line && line.length + word.length + 1 > width - indent.length) {
			lines.push(line);
			line = word;
		} else line = line ? `${line} ${word}` : word;
	}
	if (line) lines.push(line);
	return lines.map((l) => indent + l).join('\n');
}

/**
 * A gap report for a terminal.
 *
 * @example
 * process.stdout.write(renderGapText(report, { color: process.stdout.isTTY }));
 */
export function renderGapText(report: GapReport, options: TextOptions = {}): string {
	const c = options.color;
	const out: string[] = [];
	out.push(paint(c, '1', `Gap report: ${report.person.name}, ${assessorWords(report)} of ${report.date}`));
	out.push(moveWords(report));
	out.push('');
	const verdict = report.readiness.meetsRule ? paint(c, '32;1', 'Meets the rule') : paint(c, '33;1', 'Not yet');
	out.push(`${paint(c, '1', 'Readiness:')} ${verdict}`);
	out.push(wrap(report.readiness.headline, '  '));
	out.push(wrap(`Rule: ${report.readiness.ruleDescription}`, '  '));
	for (const blocker of report.readiness.blockers) out.push(wrap(`- ${blocker.message}`, '    ').replace(/^ {4}- /, '  - '));
	const k = report.readiness.counts;
	out.push(`  ${k.exceeds} exceed, ${k.meets} meet, ${k.below} below, ${k.unrated} not rated · evidence for ${report.readiness.evidenceCoverage.evidenced}, claimed for ${report.readiness.evidenceCoverage.claimed}`);
	if (report.readiness.points) {
		const p = report.readiness.points;
		out.push(`  Points: ${p.scored} scored, ${p.needed} needed, ${p.available} available`);
	}
	for (const [category, gaps] of byCategory(report)) {
		out.push('', paint(c, '1', category));
		for (const gap of gaps) {
			const mark = paint(c, COLOUR[gap.status], MARK[gap.status]);
			const tags = gapTags(report, gap);
			const rating = `${gap.rating?.label ?? '—'}${gap.confidence ? ` (${gap.confidence} confidence)` : ''}`;
			out.push(`  ${mark} ${gap.name}${tags.length ? ` (${tags.join(', ')})` : ''}: ${rating}, ${STATUS_WORDS[gap.status]} · ${evidenceWords(gap)}`);
			if (gap.note) out.push(wrap(`Note: ${gap.note}`, '      '));
			if (gap.toShow.length > 0) {
				out.push('      Still to show:');
				for (const s of gap.toShow) out.push(wrap(`- ${s.text} [${s.level}]`, '        ').replace(/^ {8}- /, '      - '));
			}
			if (gap.evidence.items.length > 0) {
				out.push('      Evidence:');
				for (const item of gap.evidence.items) out.push(wrap(`- ${evidenceLine(item)}`, '        ').replace(/^ {8}- /, '      - '));
			}
		}
	}
	if (report.leftBehind.length > 0) {
		out.push('', `Not part of ${report.target.matrixTitle}: ${report.leftBehind.map((c) => c.name).join(', ')}.`);
	}
	if (report.notes) out.push('', wrap(`Notes: ${report.notes}`, ''));
	out.push('', paint(c, '2', DISCLAIMER));
	return `${out.join('\n')}\n`;
}

/**
 * A calibration report for a terminal: both ratings side by side, largest differences first.
 *
 * @example
 * process.stdout.write(renderCalibrationText(calibration));
 */
export function renderCalibrationText(report: CalibrationReport, options: TextOptions = {}): string {
	const c = options.color;
	const who = (s: CalibrationReport['first']) => `${s.assessor.role}${s.assessor.name ? ` (${s.assessor.name})` : ''}`;
	const out = [
		paint(c, '1', `Calibration: ${report.person.name}, towards ${report.target.title} (${report.target.matrixTitle})`),
		`First: ${who(report.first)} on ${report.first.date} · second: ${who(report.second)} on ${report.second.date}`,
		`${report.summary.agree} agree, ${report.summary.differ} differ by a step, ${report.summary.discuss} to discuss, ${report.summary.incomplete} incomplete`,
		'',
	];
	const width = Math.max(...report.competencies.map((x) => x.name.length));
	for (const row of report.competencies) {
		const delta = row.delta === null ? '  ' : row.delta > 0 ? `+${row.delta}` : String(row.delta);
		const flag = row.agreement === 'discuss' ? paint(c, '31;1', ' discuss') : '';
		out.push(`  ${row.name.padEnd(width)}  ${(row.first.rating?.label ?? '—').padEnd(14)} ${(row.second.rating?.label ?? '—').padEnd(14)} ${delta}${flag}`);
		if (row.agreement === 'discuss') {
			for (const [side, name] of [[row.first, who(report.first)], [row.second, who(report.second)]] as const) {
				out.push(wrap(`${name}: ${side.note ?? 'no note'}`, '      '));
				for (const item of side.evidence) out.push(wrap(`- ${evidenceLine(item)}`, '        ').replace(/^ {8}- /, '      - '));
			}
		}
	}
	out.push('', paint(c, '2', DISCLAIMER));
	return `${out.join('\n')}\n`;
}
