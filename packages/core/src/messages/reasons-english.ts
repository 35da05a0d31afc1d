import type { BandPatternReason, FileKind, IdReason, TextKind, ValueKind, ValueReason, YamlTrouble } from './problem-params.ts';
import { knownIds } from './english-ids.ts';

export { knownIds };
import { ENGLISH_TEXT_KINDS, ENGLISH_VALUE_RULES } from './value-rules.ts';

// The reasons a problem carries as data (problem-params.ts), in English: the English catalog's words
// for why a value, an id, a YAML line or a band pattern is refused.

/** A list of values as "`a`, `b` or `c`". */
export const orList = (values: readonly string[]): string => {
	const quoted = values.map((v) => `\`${v}\``);
	return quoted.length < 2 ? (quoted[0] ?? '(none)') : `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
};

const TEXT_KINDS: Readonly<Record<ValueKind, string>> = {
	mapping: 'a mapping (key: value lines)', list: 'a list (`- ` items)', text: 'text', number: 'a number', 'whole-number': 'a whole number', boolean: '`true` or `false`',
	null: 'null', undefined: 'undefined', date: 'a Date', 'invalid-date': 'an invalid Date', bigint: 'a big integer', other: 'another kind of value',
	'plain-data': 'plain data (objects, arrays, strings, numbers, booleans, null)', unreadable: 'a value that cannot be read',
};
const DATA_KINDS: Readonly<Record<ValueKind, string>> = { ...TEXT_KINDS, mapping: 'an object', list: 'an array', text: 'a string' };
const RECEIVED_TEXT: Readonly<Partial<Record<ValueKind, string>>> = { mapping: 'a mapping', list: 'a list', text: 'a string', boolean: 'a boolean', bigint: 'a bigint', other: 'something else' };
const RECEIVED_DATA: Readonly<Partial<Record<ValueKind, string>>> = { ...RECEIVED_TEXT, mapping: 'an object', list: 'an array' };

/** The kind of value a field should hold, in the reader's words: YAML's for text, JavaScript's for data. */
export const expectedKind = (kind: ValueKind, data: boolean): string => (data ? DATA_KINDS : TEXT_KINDS)[kind];

/** The kind of value written, with the scalar itself when there is one: "a number (`3`)". */
export const receivedKind = (p: { received: ValueKind; value?: string }, data: boolean): string => {
	const name = (data ? RECEIVED_DATA : RECEIVED_TEXT)[p.received] ?? TEXT_KINDS[p.received];
	if (p.received === 'unreadable') return `${name} (${p.value ?? ''})`;
	return p.value === undefined ? name : `${name} (\`${p.value}\`)`;
};

/** A kind of bounded text in the middle of a sentence: "a label", "this text". */
export const textKind = (kind: TextKind): string => ENGLISH_TEXT_KINDS[kind][0]!.toLowerCase() + ENGLISH_TEXT_KINDS[kind].slice(1);

const UNITS = { list: ' items', text: ' characters', number: '', other: '' } as const;

/** Why a value is refused, as the rest of "`field`: …". */
export function valueReason(reason: ValueReason): string {
	switch (reason.kind) {
		case 'not-allowed': return `\`${reason.value}\` is not allowed.`;
		case 'no-form': return 'this value does not match any allowed form.';
		case 'key-not-allowed': return `the key \`${reason.key}\` is not allowed here.${reason.rule ? ` ${ENGLISH_VALUE_RULES[reason.rule]}` : ''}`;
		case 'control-character': return `the text holds the control character ${reason.codePoint}, which no page or terminal shows as text.`;
		case 'rule': return ENGLISH_VALUE_RULES[reason.rule];
		case 'too-small': return `it should be ${reason.inclusive ? 'at least' : 'more than'} ${reason.limit}${UNITS[reason.of]}.`;
		case 'too-large': return `it should be ${reason.inclusive ? 'at most' : 'less than'} ${reason.limit}${UNITS[reason.of]}.`;
		case 'other': return `this value is not allowed (${reason.check}).`;
	}
}

/** What to do about a refused value, when the reason says more than "check the value". */
export function valueHint(reason: ValueReason): string | undefined {
	if (reason.kind === 'not-allowed') return `Use ${reason.values.length === 1 ? '' : 'one of '}${orList(reason.values)}.`;
	if (reason.kind === 'control-character') return 'Remove the escape sequence from the text.';
	return undefined;
}

/** Why an identifier is refused, as the end of "… is not a valid identifier: …". */
export function idReason(reason: IdReason): string {
	switch (reason.kind) {
		case 'reserved': return 'every JavaScript object already has a property of that name, so Rungs keeps it out of identifiers';
		case 'invisible': return `it contains ${reason.codePoint}, an invisible character`;
		case 'not-ascii': return `\`${reason.char}\` (${reason.codePoint}) is not an ASCII letter`;
	}
}

/** What the YAML parser could not read, and what to do: [message, hint]. */
export function yamlTrouble(trouble: YamlTrouble): [string, string | undefined] {
	switch (trouble.kind) {
		case 'complex-key': return ['this key is a list or a mapping; keys in Rungs files are plain words.', 'Write the key as plain text, such as `empathy:`; a `?` before a key starts a complex key.'];
		case 'alias-key': return ['this key is an alias; keys in Rungs files are written out.', 'Write the key itself instead of `*name`.'];
		case 'tab-indent': return ['tabs are not allowed as indentation.', 'Indent with spaces: YAML does not allow tabs for indentation.'];
		case 'several-documents': return ['the file holds more than one YAML document.', 'A Rungs file holds one YAML document: remove the `---` separator and what follows, or split the file.'];
		case 'colon-in-value': return ['this value contains `: `, which YAML reads as the start of another key.', 'Put the whole value in quotes, such as `text: "Escalates: legal threats"`.'];
		case 'indented-too-deep': return ['this line is indented deeper than the key above it, so YAML reads it as part of the value before it.', 'Indent it with the same number of spaces as the other keys of its mapping.'];
		case 'no-colon': return ['this line has no `:` after its key.', 'Write it as `key: value`, or indent it to continue the value above.'];
		case 'unclosed-quote': return ['this quoted text is never closed.', 'Add the closing quote, or remove the opening one.'];
		case 'unclosed-bracket': return [`this \`${trouble.opener}\` is never closed.`, `Add the closing \`${trouble.opener === '[' ? ']' : '}'}\` before the next key, or write the list as \`- \` items.`];
		case 'unknown-alias': return [`the alias \`*${trouble.name}\` refers to no anchor.`, `Define \`&${trouble.name}\` before this line, or write the value out.`];
		case 'control-character': return [`the control character ${trouble.codePoint} is not allowed in YAML text.`, 'Remove it. If the file came from another program, check that it is saved as UTF-8 text.'];
		case 'parser': return [trouble.message, undefined];
	}
}

/** A kind of Rungs file in a sentence: "a ladder", "an assessment (`rungs/assessment@1`)". */
const FILE_KINDS: Readonly<Record<FileKind, string>> = { ladder: 'ladder', framework: 'framework', 'shared-competencies': 'shared-competencies', 'career-paths': 'career-paths', assessment: 'assessment', translation: 'translation' };
export const fileKind = (kind: FileKind): string => FILE_KINDS[kind];
export function expectedFiles(kinds: readonly FileKind[]): string {
	if (kinds.length === 1 && kinds[0] === 'assessment') return 'an assessment (`rungs/assessment@1`)';
	const names = kinds.map(fileKind);
	const list = names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
	return `${/^[aeiou]/.test(list) ? 'an' : 'a'} ${list} file`;
}

/** Why a band pattern is refused, as the end of "The band pattern `…` is refused: …". */
export function bandPatternReason(reason: BandPatternReason): string {
	switch (reason.kind) {
		case 'too-long': return `it is ${reason.length} characters long; a band pattern is at most ${reason.limit}.`;
		case 'not-a-regex': return `it is not a valid regular expression (${reason.message}).`;
		case 'backreference': return 'it uses a backreference, which a band pattern does not need.';
		case 'lookaround': return 'it uses a lookaround or a named group, which a band pattern does not need.';
		case 'brace-not-repeat': return 'a `{` starts no repeat such as `{1,2}`; write `\\{` for the character.';
		case 'repeated-group': return 'it repeats a group; repeat a single character or class instead, such as `[0-9]{1,2}`.';
		case 'too-many-ways': return 'it allows too many ways to match one band (many repeats or alternatives in a row), which could take a long time to check.';
	}
}
