// The Markdown that text fields of a ladder may hold (statements, descriptions, summaries, authority):
// links to http(s) addresses, *emphasis* or _emphasis_, **strong**, `code`, and backslash escapes.
// Everything else is text: HTML, images, autolinks, entities and links to any other scheme
// (`javascript:`) stay exactly as written, for a renderer to escape. CommonMark's rules for the
// subset (flanking delimiter runs, the rule of three, code spans, link brackets), checked against
// micromark in packages/core/test/inline-markdown.test.ts. Every step is linear in the text: no
// regular expression runs over it, and no scan looks at a character more than a bounded number of times.

/** A piece of inline Markdown: what a renderer turns into HTML, Markdown or plain text. */
export type InlineToken =
	| { readonly type: 'text'; readonly text: string }
	| { readonly type: 'code'; readonly text: string }
	| { readonly type: 'em'; readonly children: readonly InlineToken[] }
	| { readonly type: 'strong'; readonly children: readonly InlineToken[] }
	| { readonly type: 'link'; readonly href: string; readonly children: readonly InlineToken[] };

/** A node of the tree being built, its children a linked list so delimiters can wrap a range in O(1). */
interface Node {
	type: 'root' | 'text' | 'code' | 'em' | 'strong' | 'link';
	text: string;
	href: string;
	parent?: Node;
	first?: Node;
	last?: Node;
	prev?: Node;
	next?: Node;
}

/** A run of `*` or `_` that may open or close emphasis. */
interface Delimiter {
	node: Node;
	char: string;
	/** The marks of the run not used by a match yet. */
	count: number;
	canOpen: boolean;
	canClose: boolean;
	prev?: Delimiter;
	next?: Delimiter;
}

/** A `[` waiting for its `]`. */
interface Bracket {
	node: Node;
	/** The delimiter on top of the stack when it was seen: emphasis inside a link stops there. */
	delimiter?: Delimiter;
	prev?: Bracket;
	active: boolean;
}

const node = (type: Node['type'], text = ''): Node => ({ type, text, href: '' });

function append(parent: Node, child: Node): void {
	child.parent = parent;
	child.prev = parent.last;
	child.next = undefined;
	if (parent.last) parent.last.next = child;
	else parent.first = child;
	parent.last = child;
}

function unlink(child: Node): void {
	const parent = child.parent!;
	if (child.prev) child.prev.next = child.next;
	else parent.first = child.next;
	if (child.next) child.next.prev = child.prev;
	else parent.last = child.prev;
	child.parent = child.prev = child.next = undefined;
}

/** Moves the siblings strictly after `from` (up to `to`, exclusive; the end when absent) into `into`, placed after `from`. */
function wrapAfter(from: Node, to: Node | undefined, into: Node): void {
	const parent = from.parent!;
	let child = from.next;
	while (child && child !== to) {
		const next = child.next;
		unlink(child);
		append(into, child);
		child = next;
	}
	into.parent = parent;
	into.prev = from;
	into.next = from.next;
	if (from.next) from.next.prev = into;
	else parent.last = into;
	from.next = into;
}

const isSpace = (ch: string | undefined): boolean => ch === undefined || ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\f' || /\p{Zs}/u.test(ch);
const isPunctuation = (ch: string | undefined): boolean => ch !== undefined && /[\p{P}\p{S}]/u.test(ch);
const ASCII_PUNCTUATION = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';

/** Each length of backtick run, the positions where runs of it start, for code spans found in linear time. */
function backtickRuns(text: string): Map<number, number[]> {
	const runs = new Map<number, number[]>();
	for (let i = 0; i < text.length; ) {
		if (text[i] !== '`') {
			i++;
			continue;
		}
		let end = i;
		while (text[end] === '`') end++;
		const list = runs.get(end - i) ?? [];
		list.push(i);
		runs.set(end - i, list);
		i = end;
	}
	return runs;
}

/**
 * An http(s) destination and the closing parenthesis after `[label](`, when `open` is at the `(`.
 * The address runs to the first character that cannot be part of one; parentheses inside must
 * balance. Stops at a bracket too, so a failed attempt never scans past the next one (linear).
 */
function linkDestination(text: string, open: number): { href: string; end: number } | undefined {
	let i = open + 1;
	while (text[i] === ' ' || text[i] === '\t') i++;
	const start = i;
	let depth = 0;
	for (; i < text.length; i++) {
		const ch = text[i]!;
		if (ch === '(') depth++;
		else if (ch === ')') {
			if (depth === 0) break;
			depth--;
		} else if (isSpace(ch) || ch === '<' || ch === '>' || ch === '[' || ch === ']' || ch === '\\' || ch === '`' || ch.charCodeAt(0) < 0x20) break;
	}
	const href = text.slice(start, i);
	while (text[i] === ' ' || text[i] === '\t') i++;
	if (text[i] !== ')' || depth !== 0) return undefined;
	const scheme = href.slice(0, 8).toLowerCase();
	const rest = scheme.startsWith('https://') ? 8 : scheme.startsWith('http://') ? 7 : -1;
	return rest > 0 && href.length > rest ? { href, end: i + 1 } : undefined;
}

/**
 * Parses the inline Markdown of one text field into tokens. Only http(s) links become links; HTML,
 * images and every other scheme stay text, as written, for the renderer to escape.
 *
 * @example
 * parseInlineMarkdown('Follows [the runbook](https://example.com/runbook), *always*.');
 * // [{ type: 'text', text: 'Follows ' }, { type: 'link', href: 'https://example.com/runbook', children: [{ type: 'text', text: 'the runbook' }] },
 * //  { type: 'text', text: ', ' }, { type: 'em', children: [{ type: 'text', text: 'always' }] }, { type: 'text', text: '.' }]
 */
export function parseInlineMarkdown(text: string): InlineToken[] {
	// Most texts hold no Markdown at all: without one of the characters that can start any, the text
	// is one token, what the general walk below gives too, without its lists, maps and nodes. A site
	// renders every statement of every ladder, several times over (#20).
	if (!mayHoldMarkdown(text)) return text === '' ? [] : [{ type: 'text', text }];
	const root = node('root');
	const runs = backtickRuns(text);
	const nextRun = new Map<number, number>();
	let delimiters: Delimiter | undefined;
	let brackets: Bracket | undefined;
	// Text goes into the last text node unless that one is a `[` or a delimiter run, which must stay apart.
	const marks = new Set<Node>();
	const addText = (value: string) => {
		if (root.last?.type === 'text' && !marks.has(root.last)) root.last.text += value;
		else append(root, node('text', value));
	};

	for (let i = 0; i < text.length; ) {
		const ch = text[i]!;
		if (ch === '\\' && i + 1 < text.length && ASCII_PUNCTUATION.includes(text[i + 1]!)) {
			addText(text[i + 1]!);
			i += 2;
		} else if (ch === '`') {
			let end = i;
			while (text[end] === '`') end++;
			const length = end - i;
			const list = runs.get(length) ?? [];
			// Runs of one length are tried in order: the pointer only moves forward.
			let k = nextRun.get(length) ?? 0;
			while (k < list.length && list[k]! < end) k++;
			nextRun.set(length, k);
			const closer = list[k];
			if (closer === undefined) {
				addText(text.slice(i, end));
				i = end;
				continue;
			}
			let code = text.slice(end, closer).replace(/\r\n|\r|\n/g, ' ');
			if (code[0] === ' ' && code[code.length - 1] === ' ' && /[^ ]/.test(code)) code = code.slice(1, -1);
			append(root, node('code', code));
			nextRun.set(length, k + 1);
			i = closer + length;
		} else if (ch === '*' || ch === '_') {
			let end = i;
			while (text[end] === ch) end++;
			const before = text[i - 1];
			const after = text[end];
			const left = !isSpace(after) && (!isPunctuation(after) || isSpace(before) || isPunctuation(before));
			const right = !isSpace(before) && (!isPunctuation(before) || isSpace(after) || isPunctuation(after));
			const canOpen = ch === '*' ? left : left && (!right || isPunctuation(before));
			const canClose = ch === '*' ? right : right && (!left || isPunctuation(after));
			const run = node('text', text.slice(i, end));
			append(root, run);
			marks.add(run);
			if (canOpen || canClose) {
				const delimiter: Delimiter = { node: run, char: ch, count: end - i, canOpen, canClose, prev: delimiters };
				if (delimiters) delimiters.next = delimiter;
				delimiters = delimiter;
			}
			i = end;
		} else if (ch === '[') {
			const open = node('text', '[');
			append(root, open);
			marks.add(open);
			brackets = { node: open, delimiter: delimiters, prev: brackets, active: true };
			i++;
		} else if (ch === ']') {
			const opener = brackets;
			const destination = opener?.active && text[i + 1] === '(' ? linkDestination(text, i + 1) : undefined;
			if (!opener || !destination) {
				// Not a link: the `[` is text from now on.
				if (opener) brackets = opener.prev;
				addText(']');
				i++;
				continue;
			}
			const link = node('link');
			link.href = destination.href;
			processEmphasis(opener.delimiter);
			delimiters = opener.delimiter;
			if (delimiters) delimiters.next = undefined;
			wrapAfter(opener.node, undefined, link);
			unlink(opener.node);
			brackets = opener.prev;
			// No link inside a link: every `[` before this one can no longer make one.
			for (let b = brackets; b; b = b.prev) b.active = false;
			i = destination.end;
		} else {
			let end = i + 1;
			while (end < text.length && !'\\`*_[]'.includes(text[end]!)) end++;
			addText(text.slice(i, end));
			i = end;
		}
	}
	processEmphasis(undefined);
	return tokensOf(root);

	/**
	 * CommonMark's "process emphasis" over the delimiters above `bottom`. Linear thanks to the floors:
	 * where a closer found no opener, no later closer of the same kind looks below that point again.
	 */
	function processEmphasis(bottom: Delimiter | undefined): void {
		const floors = new Map<string, Delimiter | undefined>();
		let closer = bottom ? bottom.next : firstDelimiter();
		while (closer) {
			if (!closer.canClose) {
				closer = closer.next;
				continue;
			}
			// The rule of three on the runs' lengths left now, as micromark applies it (a run partly used
			// by one match has fewer marks for the next).
			const key = `${closer.char}${closer.canOpen ? 1 : 0}${closer.count % 3}`;
			const floor = floors.has(key) ? floors.get(key) : bottom;
			let opener = closer.prev;
			let found = false;
			while (opener && opener !== bottom && opener !== floor) {
				const odd = (closer.canOpen || opener.canClose) && closer.count % 3 !== 0 && (opener.count + closer.count) % 3 === 0;
				if (opener.char === closer.char && opener.canOpen && !odd) {
					found = true;
					break;
				}
				opener = opener.prev;
			}
			if (!found || !opener) {
				floors.set(key, closer.prev);
				const next = closer.next;
				if (!closer.canOpen) removeDelimiter(closer);
				closer = next;
				continue;
			}
			const use = closer.count >= 2 && opener.count >= 2 ? 2 : 1;
			opener.count -= use;
			closer.count -= use;
			opener.node.text = opener.node.text.slice(0, opener.count);
			closer.node.text = closer.node.text.slice(0, closer.count);
			const wrapper = node(use === 2 ? 'strong' : 'em');
			wrapAfter(opener.node, closer.node, wrapper);
			// Delimiters between the two are inside the emphasis now, and can match nothing outside it.
			opener.next = closer;
			closer.prev = opener;
			if (opener.count === 0) {
				unlink(opener.node);
				removeDelimiter(opener);
			}
			if (closer.count === 0) {
				const next = closer.next;
				unlink(closer.node);
				removeDelimiter(closer);
				closer = next;
			}
		}
		while (delimiters && delimiters !== bottom) removeDelimiter(delimiters);
	}

	function firstDelimiter(): Delimiter | undefined {
		let first = delimiters;
		while (first?.prev) first = first.prev;
		return first;
	}

	function removeDelimiter(delimiter: Delimiter): void {
		if (delimiter.prev) delimiter.prev.next = delimiter.next;
		if (delimiter.next) delimiter.next.prev = delimiter.prev;
		else delimiters = delimiter.prev;
	}
}

/** Whether a text has a character the walk treats apart (`\\`, `` ` ``, `*`, `_`, `[`, `]`): else all of it is text. */
function mayHoldMarkdown(text: string): boolean {
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		// \ ` * _ [ ]
		if (code === 0x5c || code === 0x60 || code === 0x2a || code === 0x5f || code === 0x5b || code === 0x5d) return true;
	}
	return false;
}

/** The tree as tokens, adjacent text merged and empty text dropped. */
function tokensOf(parent: Node): InlineToken[] {
	const tokens: InlineToken[] = [];
	let pending = '';
	const flush = () => {
		if (pending !== '') tokens.push({ type: 'text', text: pending });
		pending = '';
	};
	for (let child = parent.first; child; child = child.next) {
		if (child.type === 'text') pending += child.text;
		else {
			flush();
			if (child.type === 'code') tokens.push({ type: 'code', text: child.text });
			else if (child.type === 'link') tokens.push({ type: 'link', href: child.href, children: tokensOf(child) });
			else tokens.push({ type: child.type === 'em' ? 'em' : 'strong', children: tokensOf(child) });
		}
	}
	flush();
	return tokens;
}

/**
 * The words of a text without its Markdown: link labels without their addresses, emphasis and code
 * marks dropped. What an id is derived from, and what a screen reader or a CSV cell should hold.
 *
 * @example
 * inlinePlainText('Follows [the runbook](https://example.com/runbook), *always*.'); // "Follows the runbook, always."
 */
export function inlinePlainText(tokens: string | readonly InlineToken[]): string {
	const list = typeof tokens === 'string' ? parseInlineMarkdown(tokens) : tokens;
	return list.map((token) => ('children' in token ? inlinePlainText(token.children) : token.text)).join('');
}
