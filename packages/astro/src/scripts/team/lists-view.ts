import type { TeamSummary } from '@rungs/core/team';
import { el } from '../assess/dom.ts';
import type { SummaryWords } from './summary-words.ts';
import type { TeamScriptWords } from '../../i18n/en-team.ts';

type ListCode = 'team.weakest' | 'team.strongest' | 'team.thinEvidence';

/**
 * Where to look first, as core's summary ranks it (never re-ranked here): the weakest and strongest
 * competencies with their share at target, and where evidence is thin with how much is missing.
 */
export function renderLists(box: HTMLElement, team: TeamSummary, w: SummaryWords, words: TeamScriptWords): void {
	const byId = new Map(team.competencies.map((c) => [c.id, c]));
	const list = (code: ListCode, ids: readonly string[]) => {
		const named = ids.map((id) => byId.get(id)).filter((c) => c !== undefined);
		return el(
			'section',
			{ class: 'team-list', 'aria-labelledby': `team-${code.slice(5)}` },
			el('h3', { id: `team-${code.slice(5)}` }, w.say({ code, params: {} })),
			named.length === 0
				? el('p', {}, w.say({ code: 'team.none', params: {} }))
				: el('ol', {}, ...named.map((c) => el('li', {}, el('strong', {}, c.name), el('span', { class: 'cell-detail' }, code === 'team.thinEvidence' ? w.noEvidence(c) : w.atTarget(c))))),
		);
	};
	box.replaceChildren(
		el('h2', {}, words.listsHeading),
		el('div', { class: 'team-lists' }, list('team.weakest', team.weakest), list('team.strongest', team.strongest), list('team.thinEvidence', team.thinEvidence)),
	);
}

/** Where self and manager disagree, competency by competency then person by person, the most to discuss first (core's order). */
export function renderDisagreements(box: HTMLElement, team: TeamSummary, w: SummaryWords): void {
	const disagreed = team.disagreements.competencies.filter((d) => d.differ + d.discuss > 0);
	const heading = el('h2', { id: 'team-disagreements-title' }, w.say({ code: 'team.disagreements', params: {} }));
	if (disagreed.length === 0) return box.replaceChildren(heading, el('p', {}, w.say({ code: team.totals.paired === 0 ? 'team.noPairs' : 'team.none', params: {} })));
	const column = (code: 'column.competency' | 'column.pairs' | 'column.toDiscuss' | 'column.meanSteps') =>
		el('th', { scope: 'col', class: code === 'column.competency' ? undefined : 'num' }, w.say({ code, params: {} }));
	box.replaceChildren(
		heading,
		el(
			'div',
			{ class: 'table-wrap', role: 'region', 'aria-labelledby': 'team-disagreements-title', tabindex: '0' },
			el(
				'table',
				{},
				el('thead', {}, el('tr', {}, column('column.competency'), column('column.pairs'), column('column.toDiscuss'), column('column.meanSteps'))),
				el('tbody', {}, ...disagreed.map((d) => el('tr', {}, el('th', { scope: 'row' }, d.name), el('td', { class: 'num' }, String(d.pairs)), el('td', { class: 'num' }, String(d.discuss)), el('td', { class: 'num' }, String(d.meanSteps))))),
			),
		),
		el(
			'ul',
			{ class: 'disagreeing-people' },
			...team.disagreements.people.map((p) =>
				el(
					'li',
					{},
					el('strong', {}, w.say({ code: 'text.label', params: { label: p.person.name } })),
					' ',
					w.say({ code: 'team.personDisagreement', params: p }),
					el('ul', {}, ...p.largest.map((l) => el('li', {}, w.say({ code: 'team.largest', params: l })))),
				),
			),
		),
	);
}
