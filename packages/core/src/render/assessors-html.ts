import type { AssessorsReport } from '../schema/assessors-report.ts';
import { disclaimer, evidenceLine, wordsOf, type MessageOptions } from './common.ts';
import { cell, dataTable, EMAIL, emailDocument, heading, paragraph, style } from './email-html.ts';
import { escapeHtml as h } from './html.ts';
import { assessorsWords } from './assessors-words.ts';
import { TEAM_ENGLISH } from './team-words.ts';

const AGREEMENT_COLOUR = { agree: EMAIL.good, differ: EMAIL.warn, discuss: EMAIL.bad, incomplete: EMAIL.muted } as const;

/**
 * A calibration of several assessors as one HTML page that also survives email (inline styles,
 * tables, no script, SVG or class): a table with a column per assessor, the widest spread first,
 * then each assessor's notes and evidence where the ratings differ.
 *
 * @example
 * const panel = compareAssessors(framework, [self, manager, peer]);
 * if (panel.ok) await writeFile('calibration.html', renderAssessorsHtml(panel.value));
 */
export function renderAssessorsHtml(report: AssessorsReport, options: MessageOptions = {}): string {
	const w = wordsOf(options, TEAM_ENGLISH);
	const a = assessorsWords(w, report);
	const who = report.assessors.map((_, i) => a.who(i));
	const out: string[] = [heading(a.title(), 1), paragraph(h(a.towards()))];
	out.push(paragraph(report.assessors.map((_, i) => `<strong>${h(w.say('text.label', { label: who[i]! }))}</strong> ${h(a.standing(i))}`).join('<br>')));
	out.push(paragraph(h(a.summary()), { color: EMAIL.muted }));
	out.push(
		dataTable(
			w.say('assessors.caption', {}),
			[w.say('column.competency', {}), ...who, w.say('column.spread', {})],
			report.competencies.map((c) => [
				cell(h(c.name), { 'font-weight': 'bold' }, 'th', ' scope="row"'),
				...c.ratings.map((s) => cell(h(a.rating(s)))),
				// The words say it; the colour only repeats them.
				cell(h(a.spread(c)), { color: AGREEMENT_COLOUR[c.agreement] }),
			]),
		),
	);
	for (const c of report.competencies.filter((x) => x.agreement === 'differ' || x.agreement === 'discuss')) {
		out.push(heading(c.name));
		const items = c.ratings.map((side, i) => {
			const evidence = side.evidence.length === 0 ? h(w.say('calibration.noEvidence', {})) : side.evidence.map((item) => h(evidenceLine(w, item))).join('<br>');
			return `<li${style({ margin: '0 0 8px' })}><strong>${h(w.say('text.label', { label: who[i]! }))}</strong> ${h(a.rating(side))}${side.note ? ` — ${h(side.note)}` : ''}<br><span${style({ color: EMAIL.muted, 'font-size': '13px' })}>${evidence}</span></li>`;
		});
		out.push(`<ul${style({ 'font-family': EMAIL.font, 'font-size': '14px', color: EMAIL.text, padding: '0 0 0 20px', margin: '0 0 12px' })}>${items.join('')}</ul>`);
	}
	out.push(paragraph(h(disclaimer(w)), { color: EMAIL.muted, 'font-size': '12px', margin: '24px 0 0' }));
	return emailDocument(w.say('document.lang', {}), a.title(), out.join(''));
}
