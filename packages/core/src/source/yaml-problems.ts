import type { LineCounter, YAMLError } from 'yaml';
import { type Problem, type SourceFile } from '../diagnostics/problem.ts';
import { createProblem } from '../diagnostics/create-problem.ts';
import type { ProblemCode } from '../diagnostics/catalog.ts';
import type { YamlTrouble } from '../messages/problem-params.ts';
import { spanOfRange } from '../diagnostics/locate.ts';
import { scanYaml } from './scan-yaml.ts';

// The YAML parser's errors as Rungs problems: the right code, a plain sentence, and the place the
// reader's mistake is (which is often not where the parser gave up).
/** The text from an offset to the end of its line. */
const lineAt = (text: string, offset: number): string => {
	const end = text.indexOf('\n', offset);
	return text.slice(offset, end === -1 ? undefined : end);
};

/**
 * The key at a duplicate-key error: the parser's range covers only its first character. Read by
 * hand, in one pass over the line: a pattern for "text up to `: `" backtracked quadratically on a
 * long line of spaces.
 */
function keyAt(text: string, offset: number): { key: string; end: number } {
	const line = lineAt(text, offset);
	let raw: string | undefined;
	const quote = line[0];
	if (quote === '"' || quote === "'") {
		let i = 1;
		while (i < line.length && line[i] !== quote) i += quote === '"' && line[i] === '\\' ? 2 : 1;
		// `''` inside single quotes is an escaped quote.
		while (quote === "'" && line[i + 1] === "'") for (i += 2; i < line.length && line[i] !== quote; i++);
		if (i < line.length) raw = line.slice(0, i + 1);
	} else {
		for (let i = 0; i < line.length && line[i] !== '#'; i++) {
			if (line[i] === ':' && (i + 1 === line.length || line[i + 1] === ' ' || line[i + 1] === '\t')) {
				raw = line.slice(0, i).trimEnd();
				break;
			}
		}
	}
	raw ??= line.slice(0, 1);
	const key = quote === '"' || quote === "'" ? raw.slice(1, -1) : raw;
	return { key: key || '?', end: offset + Math.max(1, raw.length) };
}


/** A duplicate key found by `duplicateKeys`, shaped like the parser's errors so they sort together. */
export type Finding = Pick<YAMLError, 'message' | 'pos'> & { code: YAMLError['code'] | 'COMPLEX_KEY' | 'ALIAS_KEY'; key?: string };

export function yamlProblem(file: SourceFile, error: Finding, lineCounter: LineCounter): Problem {
	let range: [number, number] = [error.pos[0], error.pos[1]];
	const message = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
	let code: ProblemCode = 'YAML_SYNTAX';
	let trouble: YamlTrouble = { kind: 'parser', code: error.code, message };
	let key = '';
	let tag = '';
	if (error.code === 'DUPLICATE_KEY' && error.key !== undefined) {
		code = 'YAML_DUPLICATE_KEY';
		key = error.key;
	} else if (error.code === 'DUPLICATE_KEY') {
		code = 'YAML_DUPLICATE_KEY';
		const found = keyAt(file.text, error.pos[0]);
		key = found.key;
		range = [error.pos[0], found.end];
	} else if (error.code === 'TAG_RESOLVE_FAILED' || error.code === 'BAD_COLLECTION_TYPE') {
		code = 'YAML_UNKNOWN_TAG';
		tag = /(![^\s]*)/.exec(error.message)?.[1] ?? /(![^\s]*)/.exec(file.text.slice(error.pos[0], error.pos[1] + 40))?.[1] ?? 'tag';
	} else if (error.code === 'COMPLEX_KEY') {
		trouble = { kind: 'complex-key' };
	} else if (error.code === 'ALIAS_KEY') {
		trouble = { kind: 'alias-key' };
	} else if (error.code === 'TAB_AS_INDENT') {
		trouble = { kind: 'tab-indent' };
	} else if (error.code === 'MULTIPLE_DOCS') {
		trouble = { kind: 'several-documents' };
	} else if (error.code === 'BLOCK_AS_IMPLICIT_KEY' && /nested mappings/i.test(message)) {
		const lineEnd = file.text.indexOf('\n', error.pos[0]);
		const rest = file.text.slice(error.pos[0], lineEnd === -1 ? undefined : lineEnd);
		if (/:(\s|$)/.test(rest)) {
			// `text: Escalates: legal threats` on one line: the value holds `: `.
			trouble = { kind: 'colon-in-value' };
		} else if (lineEnd !== -1) {
			// The next line is indented deeper than its neighbours, so the parser reads it as the rest of this
			// value and complains here; the reader's mistake is the indentation of the next line.
			const next = lineEnd + 1 + (/^[ ]*/.exec(file.text.slice(lineEnd + 1))?.[0].length ?? 0);
			range = [next, next + (/^[^\s:]+/.exec(file.text.slice(next))?.[0].length ?? 1)];
			trouble = { kind: 'indented-too-deep' };
		}
	} else if ((error.code === 'MULTILINE_IMPLICIT_KEY' && !/:/.test(lineAt(file.text, error.pos[0]))) || (error.code === 'MISSING_CHAR' && /followed by map values/.test(message))) {
		// `summary A small ladder.`: a line without `key: value`, which the parser reads as a key spanning lines.
		trouble = { kind: 'no-colon' };
	} else {
		// The parser notices an unclosed bracket or quote where it gives up; point at where it opened.
		const scan = scanYaml(file.text, { until: error.pos[0] });
		if (/quote/i.test(message) && scan.openQuote !== undefined) {
			range = [scan.openQuote, scan.openQuote + 1];
			trouble = { kind: 'unclosed-quote' };
		} else if (/\]|\}|flow (sequence|mapping|collection)/i.test(message) && scan.openBracket !== undefined) {
			range = [scan.openBracket, scan.openBracket + 1];
			trouble = { kind: 'unclosed-bracket', opener: file.text[scan.openBracket] === '{' ? '{' : '[' };
		}
	}
	// An indentation error points at the spaces before a key: point at the key, where the eye goes.
	const lineStart = file.text.lastIndexOf('\n', range[0] - 1) + 1;
	if (/^ +$/.test(file.text.slice(lineStart, range[0] + 1)) && range[1] - range[0] <= 1) {
		const key = lineStart + /^ */.exec(file.text.slice(lineStart))![0].length;
		range = [key, key + (/^[^\s:]+/.exec(file.text.slice(key))?.[0].length ?? 1)];
	}
	const span = spanOfRange(range, lineCounter, file.text);
	const at = { file, span, path: [] };
	if (code === 'YAML_DUPLICATE_KEY') return createProblem(code, { key }, at);
	if (code === 'YAML_UNKNOWN_TAG') return createProblem(code, { tag }, at);
	return createProblem('YAML_SYNTAX', { trouble }, at);
}

/**
 * The problems worth showing: after the first syntax error the parser's later errors are mostly
 * its own confusion, so only duplicate keys found before that point are kept with it.
 */
export function firstYamlErrors(errors: readonly Finding[]): Finding[] {
	const sorted = [...errors].sort((a, b) => a.pos[0] - b.pos[0]);
	const fatal = sorted.find((e) => e.code !== 'DUPLICATE_KEY' && e.code !== 'TAG_RESOLVE_FAILED');
	if (!fatal) return sorted;
	return [...sorted.filter((e) => e.pos[0] < fatal.pos[0]), fatal];
}
