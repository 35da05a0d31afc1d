import type { TeamSummary } from '@rungs/core/team';
import { el } from '../assess/dom.ts';
import type { SummaryWords } from './summary-words.ts';

/** A detail under a cell's headline, in small type, on a line of its own. */
const detail = (text: string) => el('span', { class: 'cell-detail' }, text);

/**
 * Readiness per person against their own target, as core's summary gives it: a mark and a word for
 * the verdict (never colour alone), what stands in the way, and the counts behind it.
 */
export function renderReadiness(box: HTMLElement, team: TeamSummary, w: SummaryWords): void {
	const column = (code: 'column.person' | 'column.target' | 'column.readiness') => el('th', { scope: 'col' }, w.say({ code, params: {} }));
	box.replaceChildren(
		el('h2', { id: 'team-readiness-title' }, w.say({ code: 'team.readiness', params: {} })),
		el(
			'div',
			{ class: 'table-wrap', role: 'region', 'aria-labelledby': 'team-readiness-title', tabindex: '0' },
			el(
				'table',
				{ class: 'readiness-table' },
				el('thead', {}, el('tr', {}, column('column.person'), column('column.target'), column('column.readiness'))),
				el(
					'tbody',
					{},
					...team.people.map((p) =>
						el(
							'tr',
							{ 'data-person': p.person.id ?? p.person.name },
							el('th', { scope: 'row' }, p.person.name),
							el('td', {}, w.target(p), detail(w.basis(p))),
							el(
								'td',
								{},
								el('span', { class: p.meetsRule ? 'verdict verdict-meets' : 'verdict verdict-not-yet' }, el('span', { 'aria-hidden': 'true' }, p.meetsRule ? '✓ ' : '✗ '), w.verdict(p)),
								detail(w.blockers(p)),
								detail(w.counts(p)),
							),
						),
					),
				),
			),
		),
	);
}
