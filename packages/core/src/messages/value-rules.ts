import type { TextKind, ValueRule } from './problem-params.ts';

// The rules of Rungs' formats in English, written once: the schemas give these sentences to zod
// as their error messages (what a host using the zod schemas directly reads), and the shape checker
// reads each sentence back as its rule id (`ValueReason`), which every catalog words in its language.

/** Each rule of a format a value can break, as the English schema says it. */
export const ENGLISH_VALUE_RULES: Readonly<Record<ValueRule, string>> = {
	'scale-too-few': 'A scale has at least two values.',
	'scale-too-many': 'A scale has at most seven values.',
	'shared-none': 'Define at least one shared competency.',
	'levels-too-few': 'A ladder has at least two levels.',
	'levels-too-many': 'A ladder has at most eight levels.',
	'points-negative': 'Points are 0 or more.',
	'points-too-many': 'Points are at most 1000.',
	'points-whole': 'Points are whole numbers, such as `3`.',
	'id-form': 'Identifiers are ASCII letters and digits in words joined by single `-`, `_` or `.`, such as `written-clarity`, `L1` or a UUID.',
	'band-form': 'A band is letters and digits, such as `P3` or `IC10`.',
	'version-form': 'A version is a semantic version such as `1.2.0`.',
	'date-form': 'A date is written `YYYY-MM-DD`, such as `2026-03-31`.',
	'url-form': 'An address is an absolute http:// or https:// URL.',
	'label-empty': 'This label is empty.',
	'text-empty': 'This text is empty.',
	'bound-whole': 'A bound is a whole number.',
	'bound-too-small': 'A bound is at least 1.',
	'bound-too-large': 'A bound is at most 10000.',
	'meta-key-empty': 'A meta key is not empty.',
	'meta-key-control': 'A meta key holds no control characters.',
	'meta-key-reserved': 'Every JavaScript object already has a property of that name, so Rungs keeps it out of `meta`.',
	'meta-too-many': '`meta` holds at most 32 keys.',
	'goals-too-many': '`goals` holds at most 20 goals.',
	'statements-none': 'List at least one statement, or remove the level.',
	'weight-too-small': 'A weight is at least 0.01.',
	'weight-too-large': 'A weight is at most 10.',
	'weight-hundredths': 'A weight has at most two decimals, such as `1.25`.',
	'categories-none': 'Declare at least one category.',
	'paths-none': 'List at least one path.',
	'language-form': 'A language is a lower-case BCP 47 tag, such as `en`, `fr` or `fr-ca`.',
};

/** The schema's sentence for a rule, as a zod error message. */
export const valueRule = (rule: ValueRule): string => ENGLISH_VALUE_RULES[rule];

const RULE_OF_SENTENCE: ReadonlyMap<string, ValueRule> = new Map(Object.entries(ENGLISH_VALUE_RULES).map(([rule, sentence]) => [sentence, rule as ValueRule]));
/** The rule a zod message states, when it is one of Rungs' own. */
export const ruleOfMessage = (message: string): ValueRule | undefined => RULE_OF_SENTENCE.get(message);

/** Each kind of bounded text, as the English schema names it ("A label is at most 120 characters long."). */
export const ENGLISH_TEXT_KINDS: Readonly<Record<TextKind, string>> = {
	id: 'An identifier',
	band: 'A band',
	pattern: 'A band pattern',
	version: 'A version',
	date: 'A date',
	label: 'A label',
	url: 'An address',
	text: 'A text',
	'long-text': 'This text',
	'meta-key': 'A meta key',
	'meta-value': 'A meta value',
};

/** The schema's sentence for a length limit, as a zod error message. */
export const lengthRule = (kind: TextKind, limit: number): string => `${ENGLISH_TEXT_KINDS[kind]} is at most ${limit} characters long.`;

/** The kind of text a zod length message names, when it is one of Rungs' own. */
export function textKindOfMessage(message: string): TextKind | undefined {
	for (const [kind, name] of Object.entries(ENGLISH_TEXT_KINDS)) if (message.startsWith(`${name} is at most `)) return kind as TextKind;
	return undefined;
}
