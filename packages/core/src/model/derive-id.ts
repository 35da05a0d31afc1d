import { inlinePlainText } from '../schema/inline-markdown.ts';

/** The longest id `slugId` derives, so a derived id stays well under TEXT_LIMITS.id with a `-NN` suffix. */
export const DERIVED_ID_LENGTH = 48;

/**
 * An identifier derived from a text: the words people read (inline Markdown's marks and link
 * addresses left out, so a moved link keeps the id), in lower-case ASCII (accents dropped:
 * "Décide" → `decide`), joined by `-` and cut at a word boundary at {@link DERIVED_ID_LENGTH} characters; `s` when no letter
 * or digit is left. The same text always gives the same id, so a ladder that writes statements as plain
 * strings gets stable ids for as long as their wording stays the same.
 *
 * @example
 * slugId('Owns the **whole** conversation, end to end.'); // "owns-the-whole-conversation-end-to-end"
 */
export function slugId(text: string): string {
	const words = inlinePlainText(text)
		.normalize('NFKD')
		.replace(/\p{M}+/gu, '')
		.toLowerCase()
		.split(/[^a-z0-9]+/)
		.filter((word) => word !== '');
	let id = '';
	for (const word of words) {
		const next = id === '' ? word : `${id}-${word}`;
		if (next.length > DERIVED_ID_LENGTH) {
			// A first word longer than the limit is cut; later words are left out whole.
			if (id === '') id = word.slice(0, DERIVED_ID_LENGTH);
			break;
		}
		id = next;
	}
	return id === '' ? 's' : id;
}

/**
 * The id of each statement of one competency, in file order: an explicit id as written, a plain string's
 * derived with {@link slugId}. A derived id that is already taken (by an explicit id anywhere in the list,
 * by an earlier derived one, or reserved) gets the first free suffix `-2`, `-3`…, so ids never clash because of
 * derivation and stay the same as long as the list does.
 */
export function statementIds(statements: ReadonlyArray<string | { readonly id: string }>): string[] {
	// `constructor` names what every object has: the shape check refuses it as an id, so a text that
	// says only "Constructor" derives `constructor-2`.
	const taken = new Set<string>(['constructor']);
	for (const statement of statements) if (typeof statement !== 'string') taken.add(statement.id.toLowerCase());
	return statements.map((statement) => {
		if (typeof statement !== 'string') return statement.id;
		const base = slugId(statement);
		let id = base;
		for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
		taken.add(id);
		return id;
	});
}
