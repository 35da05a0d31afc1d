/**
 * A light scan of YAML text that runs before the parser: it finds nesting too deep to parse
 * safely, and where an unclosed bracket or quote was opened, which the parser only notices later.
 */
export interface YamlScan {
	/** The offset where flow nesting first went past the limit, if it did. */
	tooDeepAt?: number;
	/** At `until`: the offset of the innermost `[` or `{` still open. */
	openBracket?: number;
	/** At `until`: the offset of the quote that opened a scalar still open. */
	openQuote?: number;
}

const STARTS_SCALAR = /(^|[\s[{,:-])$/;

/**
 * A quick upper bound: true when the text might nest deeper than the limits. Counting brackets
 * without regard to quotes can only overestimate the depth, so a "no" is certain and the full scan
 * can be skipped (most files never come near the limits).
 */
export function mayBeTooDeep(text: string, maxFlowDepth: number, maxIndent: number): boolean {
	let depth = 0;
	for (const match of text.matchAll(/[[\]{}]/g)) {
		if (match[0] === '[' || match[0] === '{') {
			if (++depth > maxFlowDepth) return true;
		} else if (depth > 0) depth--;
	}
	let indented = indentChecks.get(maxIndent);
	if (!indented) indentChecks.set(maxIndent, (indented = new RegExp(`^(?:[ ]|[-?] ){${maxIndent + 1}}`, 'm')));
	return indented.test(text);
}

/**
 * mayBeTooDeep's indentation check, compiled once per limit: a load calls it for every file, and
 * compiling it each time was about 1% of loading an organisation. Without the `g` flag, `test` keeps
 * no state between texts, so one RegExp serves them all.
 */
const indentChecks = new Map<number, RegExp>();

/** Scans `text` up to `until` (default: the end) with a flow-depth limit. */
export function scanYaml(text: string, options: { maxFlowDepth?: number; maxIndent?: number; until?: number } = {}): YamlScan {
	const maxDepth = options.maxFlowDepth ?? Infinity;
	const maxIndent = options.maxIndent ?? Infinity;
	const until = Math.min(options.until ?? text.length, text.length);
	const brackets: number[] = [];
	let quote: { char: string; at: number } | undefined;
	let lineStart = true;
	let indent = 0;
	for (let i = 0; i < until; i++) {
		const ch = text[i]!;
		if (quote) {
			if (quote.char === '"' && ch === '\\') i++;
			else if (ch === quote.char) {
				if (quote.char === "'" && text[i + 1] === "'") i++;
				else quote = undefined;
			}
			continue;
		}
		if (ch === '\n') {
			lineStart = true;
			indent = 0;
			continue;
		}
		if (lineStart) {
			if (ch === ' ' || ((ch === '-' || ch === '?') && text[i + 1] === ' ')) {
				indent++;
				if (indent > maxIndent) return { tooDeepAt: i };
				continue;
			}
			lineStart = false;
		}
		if (ch === '#' && (i === 0 || /\s/.test(text[i - 1]!))) {
			const end = text.indexOf('\n', i);
			i = (end === -1 ? text.length : end) - 1;
		} else if ((ch === '"' || ch === "'") && STARTS_SCALAR.test(text.slice(Math.max(0, i - 1), i))) {
			quote = { char: ch, at: i };
		} else if (ch === '[' || ch === '{') {
			brackets.push(i);
			if (brackets.length > maxDepth) return { tooDeepAt: i };
		} else if ((ch === ']' || ch === '}') && brackets.length > 0) {
			brackets.pop();
		}
	}
	return {
		...(brackets.length > 0 ? { openBracket: brackets[brackets.length - 1]! } : {}),
		...(quote ? { openQuote: quote.at } : {}),
	};
}
