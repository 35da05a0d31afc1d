import { targetOf } from '../model/queries.ts';
import type { Assessment } from '../schema/assessment.ts';

/**
 * What keeps two assessments from being compared: a different person, ladder or target.
 * Empty when they are comparable.
 *
 * @example
 * calibrationMismatches(self, manager); // [] or [{ what: 'person', first: 'Ana', second: 'Bo' }]
 */
export function calibrationMismatches(first: Assessment, second: Assessment): Array<{ what: 'person' | 'ladder' | 'target'; first: string; second: string }> {
	const person = (a: Assessment) => a.person.id ?? a.person.name;
	const target = (a: Assessment) => {
		const t = targetOf(a);
		return `${t.ladder}:${t.level}`;
	};
	const out: ReturnType<typeof calibrationMismatches> = [];
	if (person(first) !== person(second)) out.push({ what: 'person', first: person(first), second: person(second) });
	if (first.ladder.id !== second.ladder.id) out.push({ what: 'ladder', first: first.ladder.id, second: second.ladder.id });
	if (target(first) !== target(second)) out.push({ what: 'target', first: target(first), second: target(second) });
	return out;
}
