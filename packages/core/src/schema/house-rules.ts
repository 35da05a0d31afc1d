import { z } from 'zod';
import { valueRule } from '../messages/value-rules.ts';

/**
 * House rules: the content rules an organisation chooses for its ladders, each with a severity set in
 * framework.yaml's `rules:`. Structure and references (unknown ids, duplicates, shapes, bands going
 * down) are always errors and are not rules. The defaults fit a new organisation: a ladder needs
 * levels, competencies and statements, nothing more.
 */
export const RULE_SEVERITIES = ['error', 'warning', 'off'] as const;
export type RuleSeverity = (typeof RULE_SEVERITIES)[number];

/** A rule's setting once defaults are applied: its severity, and the bound of a counting rule. */
export interface RuleSetting {
	severity: RuleSeverity;
	max?: number;
}

/** Each rule: what it asks, its default, and (for counting rules) the default bound. */
export const HOUSE_RULES = {
	'level-narrative': { default: 'off', asks: 'Every level has a summary, scope, ownership and initiative.' },
	'decision-authority': { default: 'off', asks: 'Every level has authority with decideAlone, outOfScope and escalateWhen, each listing at least one entry.' },
	'ladder-summary': { default: 'off', asks: 'Every ladder has a summary.' },
	'competency-description': { default: 'off', asks: 'Every competency (local or shared) has a description.' },
	'evidence-examples': { default: 'off', asks: 'Every competency lists evidence examples.' },
	'numbers-in-statements': { default: 'warning', asks: 'Statements describe behaviour, with no numbers or targets (level ids, bands and titles of the framework excepted).' },
	'duplicate-statements': { default: 'off', asks: 'No statement repeats another of the same competency.' },
	'statements-progress': { default: 'off', asks: 'A level writes no fewer statements than the level below, unless `levelNotes` says why.' },
	'authority-grows': { default: 'warning', asks: 'A decision a level takes alone is still listed at the levels above (where authority is written).' },
	'statements-per-level': { default: 'off', max: 20, asks: 'A level adds at most `max` new statements across the ladder, shared ones included.' },
	'statements-per-ladder': { default: 'off', max: 90, asks: 'A ladder has at most `max` statements in all, shared ones included.' },
} as const satisfies Record<string, { default: RuleSeverity; max?: number; asks: string }>;

export type RuleName = keyof typeof HOUSE_RULES;
export const RULE_NAMES = Object.keys(HOUSE_RULES) as RuleName[];

/** The largest bound a counting rule takes: far above any ladder a person could read. */
export const MAX_RULE_BOUND = 10_000;

const SeveritySchema = z.enum(RULE_SEVERITIES);

const counting = (name: RuleName, max: number) =>
	z
		.union([
			SeveritySchema,
			z.strictObject({
				severity: SeveritySchema.meta({ description: '`error` fails validation, `warning` fails only `--strict`, `off` is not reported.' }),
				max: z
					.int({ error: valueRule('bound-whole') })
					.min(1, { error: valueRule('bound-too-small') })
					.max(MAX_RULE_BOUND, { error: valueRule('bound-too-large') })
					.optional()
					.meta({ description: `The most statements allowed; ${max} when absent.` }),
			}),
		])
		.optional()
		.meta({ description: `${HOUSE_RULES[name].asks} \`error\`, \`warning\` or \`off\`, or \`{ severity, max }\`. Default: ${HOUSE_RULES[name].default}, max ${max}.` });

const plain = (name: RuleName) =>
	SeveritySchema.optional().meta({ description: `${HOUSE_RULES[name].asks} \`error\`, \`warning\` or \`off\`. Default: ${HOUSE_RULES[name].default}.` });

/** framework.yaml's `rules:`: rule name → severity, or `{ severity, max }` for a counting rule. */
export const HouseRulesSchema = z.strictObject({
	'level-narrative': plain('level-narrative'),
	'decision-authority': plain('decision-authority'),
	'ladder-summary': plain('ladder-summary'),
	'competency-description': plain('competency-description'),
	'evidence-examples': plain('evidence-examples'),
	'numbers-in-statements': plain('numbers-in-statements'),
	'duplicate-statements': plain('duplicate-statements'),
	'statements-progress': plain('statements-progress'),
	'authority-grows': plain('authority-grows'),
	'statements-per-level': counting('statements-per-level', HOUSE_RULES['statements-per-level'].max),
	'statements-per-ladder': counting('statements-per-ladder', HOUSE_RULES['statements-per-ladder'].max),
});
export type HouseRulesFile = z.output<typeof HouseRulesSchema>;

/** Every rule's setting: what framework.yaml says, the default where it says nothing. */
export type HouseRules = Readonly<Record<RuleName, Readonly<RuleSetting>>>;

/**
 * The settings of every rule, from framework.yaml's `rules:` (already checked by its schema) and
 * the defaults.
 *
 * @example
 * resolveHouseRules({ 'level-narrative': 'error' })['level-narrative']; // { severity: 'error' }
 */
export function resolveHouseRules(rules: HouseRulesFile | undefined): HouseRules {
	const out = {} as Record<RuleName, RuleSetting>;
	for (const name of RULE_NAMES) {
		const rule = HOUSE_RULES[name];
		const written = rules?.[name];
		const severity = typeof written === 'string' ? written : (written?.severity ?? rule.default);
		const max = 'max' in rule ? ((typeof written === 'object' ? written.max : undefined) ?? rule.max) : undefined;
		out[name] = max === undefined ? { severity } : { severity, max };
	}
	return out;
}
