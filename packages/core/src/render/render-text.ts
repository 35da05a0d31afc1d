import type { CalibrationReport, GapReport } from '../schema/gap-report.ts';
import { assessorWords, blockersToSay, byCategory, disclaimer, evidenceLine, evidenceWords, gapTags, type MessageOptions, moveWords, ratingWords, statusWords, wordsOf } from './common.ts';
import { inlineText } from './inline.ts';

export interface TextOptions extends MessageOptions {
	/** ANSI colours, for a terminal only. */
	color?: boolean;
}

const paint = (on: boolean | undefined, code: string, text: string) => (on ? `\u001b[${code}m${text}\u001b[0m` : text);
const MARK = { exceeds: '▲', meets: '✓', below: '✗', unrated: '?' } as const;
const COLOUR = { exceeds: '32', meets: '32', below: '31', unrated: '33' } as const;

/** Wraps plain text at a width, indenting every line. */
export function wrap(text: string, indent: string, width = 96): string {
	// A no-break space (French puts one before `:` and inside « ») keeps its two sides together.
	const words = text.replace(/[^\S\u00a0\u202f]+/g, ' ').trim().split(' ');
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
	const w = wordsOf(options);
	const out: string[] = [];
	out.push(paint(c, '1', `${w.say('gap.title', { name: report.person.name })}, ${w.say('report.assessedOn', { assessor: assessorWords(w, report), date: report.date })}`));
	out.push(moveWords(w, report));
	out.push('');
	const verdict = report.readiness.meetsRule ? paint(c, '32;1', w.say('gap.meetsRule', {})) : paint(c, '33;1', w.say('gap.notYet', {}));
	out.push(`${paint(c, '1', w.say('text.label', { label: w.say('gap.readiness', {}) }))} ${verdict}`);
	const said = blockersToSay(report.readiness);
	out.push(wrap(w.message(said.headline), '  '));
	out.push(wrap(w.say('gap.rule', { rule: w.message(report.readiness.ruleDescription) }), '  '));
	for (const blocker of said.blockers) out.push(wrap(`- ${w.message(blocker)}`, '    ').replace(/^ {4}- /, '  - '));
	out.push(`  ${w.say('gap.countsShort', { ...report.readiness.counts, ...report.readiness.evidenceCoverage })}`);
	if (report.readiness.points) out.push(`  ${w.say('gap.points', report.readiness.points)}`);
	for (const [category, gaps] of byCategory(report)) {
		out.push('', paint(c, '1', category));
		for (const gap of gaps) {
			const mark = paint(c, COLOUR[gap.status], MARK[gap.status]);
			const tags = gapTags(w, report, gap);
			out.push(`  ${mark} ${w.say('text.label', { label: `${gap.name}${tags.length ? ` (${tags.join(', ')})` : ''}` })} ${ratingWords(w, gap)}, ${statusWords(w, gap.status)} · ${evidenceWords(w, gap)}`);
			if (gap.note) out.push(wrap(w.say('report.note', { note: gap.note }), '      '));
			if (gap.toShow.length > 0) {
				out.push(`      ${w.say('text.label', { label: w.say('gap.stillToShow', {}) })}`);
				for (const s of gap.toShow) out.push(wrap(`- ${inlineText(s.text)} [${s.level}]`, '        ').replace(/^ {8}- /, '      - '));
			}
			if (gap.evidence.items.length > 0) {
				out.push(`      ${w.say('text.label', { label: w.say('gap.evidence', {}) })}`);
				for (const item of gap.evidence.items) out.push(wrap(`- ${evidenceLine(w, item)}`, '        ').replace(/^ {8}- /, '      - '));
			}
		}
	}
	if (report.leftBehind.length > 0) {
		out.push('', w.say('report.leftBehind', { ladder: report.target.ladderTitle, names: report.leftBehind.map((c) => c.name) }));
	}
	if (report.notes) out.push('', wrap(w.say('report.notes', { notes: report.notes }), ''));
	out.push('', paint(c, '2', disclaimer(w)));
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
	const w = wordsOf(options);
	const who = (s: CalibrationReport['first']) => w.say('calibration.assessor', { role: s.assessor.role, name: s.assessor.name ?? null });
	const towards = { target: report.target.title, ladder: report.target.ladderTitle };
	const out = [
		paint(c, '1', `${w.say('calibration.title', { name: report.person.name })}, ${w.say('calibration.towards', towards)}`),
		w.say('calibration.sides', { first: who(report.first), firstDate: report.first.date, second: who(report.second), secondDate: report.second.date }),
		w.say('calibration.summary', report.summary),
		'',
	];
	const width = Math.max(...report.competencies.map((x) => x.name.length));
	for (const row of report.competencies) {
		const delta = row.delta === null ? '  ' : row.delta > 0 ? `+${row.delta}` : String(row.delta);
		const flag = row.agreement === 'discuss' ? paint(c, '31;1', ` ${w.say('calibration.discuss', {})}`) : '';
		out.push(`  ${row.name.padEnd(width)}  ${(row.first.rating?.label ?? '—').padEnd(14)} ${(row.second.rating?.label ?? '—').padEnd(14)} ${delta}${flag}`);
		if (row.agreement === 'discuss') {
			for (const [side, name] of [[row.first, who(report.first)], [row.second, who(report.second)]] as const) {
				out.push(wrap(`${w.say('text.label', { label: name })} ${side.note ?? w.say('calibration.noNote', {})}`, '      '));
				for (const item of side.evidence) out.push(wrap(`- ${evidenceLine(w, item)}`, '        ').replace(/^ {8}- /, '      - '));
			}
		}
	}
	out.push('', paint(c, '2', disclaimer(w)));
	return `${out.join('\n')}\n`;
}
