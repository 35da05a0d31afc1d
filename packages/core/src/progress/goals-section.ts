import { PROGRESS_ENGLISH, type ProgressCode } from '../render/progress-catalogs.ts';
import { wordsOf, type MessageOptions } from '../render/common.ts';
import type { Goal } from '../schema/assessment.ts';
import type { GrowthPlan } from '../schema/growth-plan.ts';
import { inlinePlainText } from '../schema/inline-markdown.ts';
import { visibleText } from '../diagnostics/problem.ts';

/** How many of the ladder's evidence examples a goal quotes: enough to recognise, short enough to read. */
const EXAMPLES = 3;

/**
 * The goals a growth plan proposes, as an assessment's `goals` hold them: the competency, the
 * statement and the behaviour to work on, what evidence would show it (the ladder's examples), the
 * status `open`, and no goal or date yet: those are the person's to write.
 *
 * @example
 * const goals = goalsFromPlan(plan); // [{ competency: 'written-clarity', behaviour: '…', status: 'open' }]
 */
export function goalsFromPlan(plan: GrowthPlan): Goal[] {
	return plan.steps.map((step) => ({
		competency: step.competency,
		...(step.statement ? { statement: step.statement.id } : {}),
		behaviour: step.statement ? inlinePlainText(step.statement.text) : step.name,
		...(step.evidence.length > 0 ? { evidence: step.evidence.slice(0, EXAMPLES).join('; ') } : {}),
		status: 'open' as const,
	}));
}

/** A comment line: one line, every invisible character named. */
const comment = (text: string) => `# ${visibleText(text.replace(/\r\n|[\n\r]/g, ' '))}`;

/**
 * A growth plan as the `goals:` section of an assessment file, in YAML, to append to the file the
 * plan was drawn from: each proposed goal with `goal: null` and `by: null` under a comment (in the
 * catalog's language) asking for the person's own words and date. Every text is written as a JSON
 * string, which YAML reads as it is, whatever it holds.
 *
 * @example
 * await writeFile('me-goals.yaml', goalsSection(plan));
 */
export function goalsSection(plan: GrowthPlan, options: MessageOptions = {}): string {
	const w = wordsOf(options, PROGRESS_ENGLISH);
	const lines = [comment(w.say('plan.heading', {})), 'goals:'];
	const goals = goalsFromPlan(plan);
	if (goals.length === 0) return `${comment(w.say('plan.empty', {}))}\ngoals: []\n`;
	goals.forEach((goal, i) => {
		const step = plan.steps[i]!;
		lines.push(`  ${comment(`${step.name} (${w.say('plan.reason', { reason: step.reason })})`)}`);
		lines.push(`  - competency: ${goal.competency}`);
		if (goal.statement) lines.push(`    statement: ${goal.statement}`);
		lines.push(`    behaviour: ${JSON.stringify(goal.behaviour)}`);
		if (goal.evidence) lines.push(`    evidence: ${JSON.stringify(goal.evidence)}`);
		lines.push(`    ${comment(w.say('plan.yourGoal', {}))}`, '    goal: null');
		lines.push(`    ${comment(`${w.say('plan.byWhen', {})} (YYYY-MM-DD)`)}`, '    by: null');
		lines.push('    status: open');
	});
	return `${lines.join('\n')}\n`;
}
