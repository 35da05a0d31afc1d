import type { Assessment, Framework, Rating, ResolvedCompetency } from '@rungs/core';
import { inlineNodes } from './inline.ts';
import { byId, el } from './dom.ts';
import { ladderById, targetKey } from './state.ts';
import { fill, words as w } from './words.ts';

/** Fills the setup controls (ladder, levels, target, person) from the assessment. */
export function renderSetup(framework: Framework, a: Assessment): void {
	const ladder = ladderById(framework, a.ladder.id);
	const ladderSelect = byId<HTMLSelectElement>('ladder');
	ladderSelect.replaceChildren(...framework.ladders.map((m) => el('option', { value: m.id, selected: m.id === ladder.id }, m.title)));
	const current = byId<HTMLSelectElement>('current');
	current.replaceChildren(...ladder.levels.map((l) => el('option', { value: l.id, selected: l.id === a.current }, (l.band ? `${l.title} (${l.band})` : l.title))));
	const target = byId<HTMLSelectElement>('target');
	const selected = targetKey(a);
	const group = (m: (typeof framework.ladders)[number], label: string) =>
		el('optgroup', { label }, ...m.levels.map((l) => el('option', { value: `${m.id}:${l.id}`, selected: `${m.id}:${l.id}` === selected }, (l.band ? `${l.title} (${l.band})` : l.title))));
	target.replaceChildren(
		group(ladder, fill(w.thisLadder, { ladder: ladder.title })),
		...framework.ladders.filter((m) => m !== ladder).map((m) => group(m, fill(w.anotherRole, { ladder: m.title }))),
	);
	byId<HTMLInputElement>('person-name').value = a.person.name;
	byId<HTMLSelectElement>('assessor-role').value = a.assessor.role;
	byId<HTMLInputElement>('assessment-date').value = a.date;
	byId<HTMLTextAreaElement>('assessment-notes').value = a.notes ?? '';
}

/** The competencies assessed: those of the target ladder that apply at the target level (their `levels`), in its order. */
function assessedCompetencies(framework: Framework, a: Assessment): { competencies: readonly ResolvedCompetency[]; targetLevel: string; targetTitle: string } {
	const key = targetKey(a).split(':') as [string, string];
	const ladder = ladderById(framework, key[0]);
	const level = ladder.levels.find((l) => l.id === key[1]) ?? ladder.levels[0]!;
	return { competencies: ladder.competencies.filter((c) => c.levels.includes(level.id)), targetLevel: level.id, targetTitle: level.title };
}

function evidenceRow(id: string, index: number, item: Rating['evidence'][number]): HTMLElement {
	const base = `ev-${id}-${index}`;
	return el(
		'li',
		{ class: 'evidence-item' },
		el('label', { for: `${base}-summary` }, fill(w.evidence, { n: index + 1 })),
		// A few lines, not one: evidence is a sentence or two, and a one-line box cuts it off.
		el('textarea', { id: `${base}-summary`, rows: '2', 'data-competency': id, 'data-field': 'evidence-summary', 'data-index': String(index), maxlength: '2000' }, item.summary),
		el('label', { for: `${base}-url` }, w.evidenceLink),
		el('input', { id: `${base}-url`, type: 'url', value: item.url ?? '', 'data-competency': id, 'data-field': 'evidence-url', 'data-index': String(index), placeholder: 'https://', autocomplete: 'off' }),
		el('button', { type: 'button', class: 'link-button', 'data-competency': id, 'data-action': 'remove-evidence', 'data-index': String(index) }, fill(w.removeEvidence, { n: index + 1 })),
	);
}

/** One fieldset per competency: expectations at the target, the rating, confidence, a note and evidence. */
export function renderCompetencies(framework: Framework, a: Assessment): void {
	const { competencies, targetLevel, targetTitle } = assessedCompetencies(framework, a);
	const currentLadder = ladderById(framework, a.ladder.id);
	const container = byId('competencies');
	const categories = framework.categories.filter((c) => competencies.some((x) => x.category === c.id));
	container.replaceChildren(
		...categories.map((category) =>
			el(
				'section',
				{ class: 'category', 'aria-labelledby': `cat-${category.id}` },
				el('h3', { id: `cat-${category.id}` }, category.name),
				...competencies.filter((c) => c.category === category.id).map((c) => competencyFieldset(framework, a, c, targetLevel, targetTitle, currentLadder.competencies.some((x) => x.id === c.id))),
			),
		),
	);
}

function competencyFieldset(framework: Framework, a: Assessment, c: ResolvedCompetency, targetLevel: string, targetTitle: string, inCurrent: boolean): HTMLElement {
	const rating = a.ratings[c.id];
	const expectations = c.expectations[targetLevel] ?? [];
	const describedBy = `exp-${c.id}`;
	const options = [
		...framework.scale.values.map((v) => ({ id: v.id, label: v.label })),
		{ id: '', label: w.notRated },
	];
	return el(
		'fieldset',
		{ class: 'competency', id: `competency-${c.id}` },
		el('legend', {}, c.name, c.required ? el('span', { class: 'badge' }, w.required) : null, inCurrent ? null : el('span', { class: 'badge' }, w.newInRole)),
		c.description ? el('p', { class: 'muted' }, c.description) : null,
		el(
			'div',
			{ id: describedBy },
			el('p', { class: 'label' }, fill(w.expectedAt, { level: targetTitle })),
			expectations.length > 0 ? el('ul', { class: 'statements' }, ...expectations.map((s) => el('li', {}, ...inlineNodes(s.text)))) : el('p', { class: 'muted' }, c.levelNotes[targetLevel] ?? w.nothingNew),
		),
		el(
			'div',
			{ class: 'scale', role: 'radiogroup', 'aria-label': fill(w.ratingOf, { name: c.name }), 'aria-describedby': describedBy },
			...options.map((o) =>
				el(
					'label',
					// "Not rated" is the absence of a choice: drawn apart, so it never reads as one of the ratings.
					{ class: o.id ? 'scale-option' : 'scale-option scale-option-none' },
					el('input', { type: 'radio', name: `rating-${c.id}`, value: o.id, checked: (rating?.rating ?? '') === o.id, 'data-competency': c.id, 'data-field': 'rating' }),
					o.label,
				),
			),
		),
		el(
			'div',
			{ class: 'extras' },
			el('label', { for: `confidence-${c.id}` }, w.confidence),
			el(
				'select',
				{ id: `confidence-${c.id}`, 'data-competency': c.id, 'data-field': 'confidence' },
				...[['', '—'], ['low', w.confidenceLow], ['medium', w.confidenceMedium], ['high', w.confidenceHigh]].map(([value, label]) => el('option', { value: value!, selected: (rating?.confidence ?? '') === value }, label!)),
			),
			el('label', { for: `note-${c.id}` }, w.note),
			el('textarea', { id: `note-${c.id}`, rows: '2', 'data-competency': c.id, 'data-field': 'note', maxlength: '2000' }, rating?.note ?? ''),
		),
		el('ul', { class: 'evidence-list', id: `evidence-${c.id}`, 'aria-label': fill(w.evidenceOf, { name: c.name }) }, ...(rating?.evidence ?? []).map((item, i) => evidenceRow(c.id, i, item))),
		el('button', { type: 'button', class: 'secondary', 'data-competency': c.id, 'data-action': 'add-evidence' }, fill(w.addEvidence, { name: c.name })),
	);
}

/** Re-renders one competency's evidence list after adding or removing an item. */
export function renderEvidence(a: Assessment, competency: string): void {
	const list = byId(`evidence-${competency}`);
	list.replaceChildren(...(a.ratings[competency]?.evidence ?? []).map((item, i) => evidenceRow(competency, i, item)));
}
