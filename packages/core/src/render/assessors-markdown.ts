import type { AssessorsReport } from '../schema/assessors-report.ts';
import { disclaimer, evidenceLine, wordsOf, type MessageOptions } from './common.ts';
import { escapeMarkdown as e } from './escape-markdown.ts';
import { assessorsWords } from './assessors-words.ts';
import { TEAM_ENGLISH } from './team-words.ts';

/**
 * A calibration of several assessors as Markdown: a table with a column per assessor, the widest
 * spread first, then each assessor's notes and evidence where the ratings differ.
 *
 * @example
 * const panel = compareAssessors(framework, [self, manager, peer]);
 * if (panel.ok) await writeFile('calibration.md', renderAssessorsMarkdown(panel.value));
 */
export function renderAssessorsMarkdown(report: AssessorsReport, options: MessageOptions = {}): string {
	const w = wordsOf(options, TEAM_ENGLISH);
	const a = assessorsWords(w, report);
	const who = report.assessors.map((_, i) => e(a.who(i)));
	const out: string[] = [`# ${e(a.title())}`, '', e(a.towards()), ''];
	report.assessors.forEach((_, i) => out.push(`- ${w.say('text.label', { label: `**${who[i]}**` })} ${e(a.standing(i))}`));
	out.push('', e(a.summary()), '', e(w.say('assessors.caption', {})), '');
	out.push(`| ${[e(w.say('column.competency', {})), ...who, e(w.say('column.spread', {}))].join(' | ')} |`, `| ${['---', ...who.map(() => '---'), '---'].join(' | ')} |`);
	for (const c of report.competencies) out.push(`| ${[e(c.name), ...c.ratings.map((s) => e(a.rating(s))), e(a.spread(c))].join(' | ')} |`);
	const apart = report.competencies.filter((c) => c.agreement === 'differ' || c.agreement === 'discuss');
	for (const c of apart) {
		out.push('', `## ${e(c.name)}`, '');
		c.ratings.forEach((side, i) => {
			out.push(`- ${w.say('text.label', { label: `**${who[i]}**` })} ${e(a.rating(side))}${side.note ? ` — ${e(side.note)}` : ''}`);
			if (side.evidence.length === 0) out.push(`  - ${e(w.say('calibration.noEvidence', {}))}`);
			for (const item of side.evidence) out.push(`  - ${e(evidenceLine(w, item))}`);
		});
	}
	out.push('', `*${e(disclaimer(w))}*`);
	return `${out.join('\n')}\n`;
}
