import type { AssessorsReport } from '../schema/assessors-report.ts';
import { disclaimer, evidenceLine, wordsOf } from './common.ts';
import type { TextOptions } from './render-text.ts';
import { assessorsWords } from './assessors-words.ts';
import { TEAM_ENGLISH } from './team-words.ts';

const paint = (on: boolean | undefined, code: string, text: string) => (on ? `\u001b[${code}m${text}\u001b[0m` : text);
const MARK = { agree: '=', differ: '~', discuss: '!', incomplete: '?' } as const;
const COLOUR = { agree: '32', differ: '33', discuss: '31', incomplete: '2' } as const;

/**
 * A calibration of several assessors for a terminal: who rated and when, then every competency with
 * each assessor's rating, note and evidence, the widest spread first.
 *
 * @example
 * const panel = compareAssessors(framework, [self, manager, peer]);
 * if (panel.ok) process.stdout.write(renderAssessorsText(panel.value));
 */
export function renderAssessorsText(report: AssessorsReport, options: TextOptions = {}): string {
	const c = options.color;
	const w = wordsOf(options, TEAM_ENGLISH);
	const a = assessorsWords(w, report);
	const out: string[] = [paint(c, '1', a.title()), a.towards()];
	report.assessors.forEach((_, i) => out.push(`  ${w.say('text.label', { label: a.who(i) })} ${a.standing(i)}`));
	out.push(a.summary());
	for (const competency of report.competencies) {
		out.push('', `${paint(c, COLOUR[competency.agreement], MARK[competency.agreement])} ${paint(c, '1', competency.name)} · ${a.spread(competency)}`);
		competency.ratings.forEach((side, i) => {
			out.push(`    ${w.say('text.label', { label: a.who(i) })} ${a.rating(side)}`);
			if (side.note) out.push(`      ${w.say('report.note', { note: side.note.replace(/\s+/g, ' ').trim() })}`);
			for (const item of side.evidence) out.push(`      - ${evidenceLine(w, item)}`);
		});
	}
	out.push('', paint(c, '2', disclaimer(w)));
	return `${out.join('\n')}\n`;
}
