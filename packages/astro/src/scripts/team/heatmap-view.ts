import type { Framework, GapSummary } from '@rungs/core';
import type { TeamSummary } from '@rungs/core/team';
import { el } from '../assess/dom.ts';
import type { TeamScriptWords } from '../../i18n/en-team.ts';

type Status = GapSummary['competencies'][number]['status'];

/** A mark per status beside the rating's word: the cell's colour is never the only sign. */
const MARK: Record<Status | 'not-expected', string> = { exceeds: '▲', meets: '✓', below: '▼', unrated: '○', 'not-expected': '—' };

const keyOf = (person: { id?: string | undefined; name: string }) => (person.id !== undefined ? `id:${person.id}` : `name:${person.name}`);

/**
 * The report each row of the summary reads: core names it by person, assessor and date (its
 * `basis`); of several equal ones, the last given wins, as in core's tally.
 */
export function basisReports(team: TeamSummary, reports: readonly GapSummary[]): Array<GapSummary | undefined> {
	return team.people.map((p) => reports.findLast((r) => keyOf(r.person) === keyOf(p.person) && r.assessor.role === p.basis.assessor.role && r.date === p.basis.date));
}

/**
 * Competency × person: one row per competency of the summary, one column per person, each cell the
 * rating's word and a mark for where it stands against that person's own target (with the same
 * words for a screen reader). A real table with headers and scopes, scrolling inside its own
 * labelled region on a narrow screen, the competency names kept in view.
 */
export function renderHeatmap(box: HTMLElement, team: TeamSummary, bases: Array<GapSummary | undefined>, framework: Framework, words: TeamScriptWords): void {
	const labels = new Map(framework.scale.values.map((v) => [v.id, v.label]));
	const cell = (report: GapSummary | undefined, id: string) => {
		const line = report?.competencies.find((c) => c.id === id);
		if (!line) return el('td', { class: 'heat heat-not-expected' }, el('span', { class: 'heat-mark', 'aria-hidden': 'true' }, MARK['not-expected']), el('span', { class: 'visually-hidden' }, words.notExpected));
		const word = line.rating === null ? words.notRated : (labels.get(line.rating) ?? line.rating);
		return el(
			'td',
			{ class: `heat heat-${line.status}` },
			el('span', { class: 'heat-mark', 'aria-hidden': 'true' }, MARK[line.status]),
			' ',
			word,
			line.rating === null ? null : el('span', { class: 'visually-hidden' }, ` (${words[line.status]})`),
		);
	};
	const legend = (['exceeds', 'meets', 'below', 'unrated', 'not-expected'] as const).map((status) =>
		el('li', { class: `heat heat-${status}` }, el('span', { class: 'heat-mark', 'aria-hidden': 'true' }, MARK[status]), ' ', status === 'not-expected' ? words.notExpected : words[status]),
	);
	box.replaceChildren(
		el('h2', { id: 'team-heatmap-title' }, words.heatmapHeading),
		el('p', { class: 'help' }, words.heatmapHelp),
		el('p', { class: 'visually-hidden', id: 'team-legend-title' }, words.legendHeading),
		el('ul', { class: 'heat-legend', 'aria-labelledby': 'team-legend-title' }, ...legend),
		el(
			'div',
			{ class: 'table-wrap heatmap-wrap', role: 'region', 'aria-label': words.heatmapRegion, tabindex: '0' },
			el(
				'table',
				{ class: 'heatmap' },
				el('caption', { class: 'visually-hidden' }, words.heatmapCaption),
				el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, words.competency), ...team.people.map((p) => el('th', { scope: 'col' }, p.person.name)))),
				el('tbody', {}, ...team.competencies.map((c) => el('tr', {}, el('th', { scope: 'row' }, c.name), ...bases.map((report) => cell(report, c.id))))),
			),
		),
	);
}
