import type { BandPatternReason } from '../messages/problem-params.ts';
import { DEFAULT_BAND_PATTERN, TEXT_LIMITS } from '../schema/common.ts';

/**
 * A framework's `bandPattern`, checked before it ever runs. JavaScript's regular expressions
 * backtrack, and the short input alone does not make a pattern safe: `^(a*)*(a*)*…b$` (under 200
 * characters) did not finish in two minutes on a band of 16 `a`s, since every way to share 16
 * characters among 38 nested repeats is tried. So the pattern is held to a plain form, and its
 * backtracking is bounded by counting:
 *
 * - a repeat (`*`, `+`, `?`, `{m,n}`) applies to one character, class or escape; a group may only be
 *   optional (`(…)?`), never repeated, so no repeat nests in another;
 * - no backreferences or lookarounds;
 * - then the pattern is a chain of choices: each repeat of one character matches 0 to 16 of them
 *   (at most 17 ways), each group one of its branches, each optional group present or not. The
 *   engine tries each combination at most once per start position (at most 17), so the product of
 *   the ways bounds the work: refused above MAX_TRIES (a million steps, about a millisecond).
 *
 * `^(IC|M)[0-9]{1,2}$` has 2 × 3 ways × 17 starts: 102.
 */
export const MAX_TRIES = 1_000_000;

/** Why a pattern is refused, or undefined when it is accepted. */
export function bandPatternProblem(pattern: string): BandPatternReason | undefined {
	if (pattern.length > TEXT_LIMITS.pattern) return { kind: 'too-long', length: pattern.length, limit: TEXT_LIMITS.pattern };
	try {
		new RegExp(pattern, 'u');
	} catch (error) {
		return { kind: 'not-a-regex', message: (error as Error).message.replace(/^Invalid regular expression: /, '') };
	}
	const ways = countWays(pattern);
	if (typeof ways !== 'number') return ways;
	const limit = Math.min(TEXT_LIMITS.band, 16) + 1;
	if (ways * limit > MAX_TRIES) return { kind: 'too-many-ways' };
	return undefined;
}

/** The most ways a repeat of one character can match a band: 0 to TEXT_LIMITS.band characters. */
const repeatWays = (min: number, max: number): number => Math.max(1, Math.min(max, TEXT_LIMITS.band) - Math.min(min, TEXT_LIMITS.band) + 1);

/** The product of the choices in the pattern, or why its form is refused. */
function countWays(pattern: string): number | BandPatternReason {
	// One frame per open group: the ways of each branch so far, multiplied into the group on `)`.
	const stack: Array<{ branches: number[] }> = [{ branches: [1] }];
	let lastAtom: 'char' | 'group' | 'none' = 'none';
	let lastGroupWays = 1;
	const top = () => stack[stack.length - 1]!;
	const multiply = (ways: number) => {
		const branches = top().branches;
		branches[branches.length - 1] = Math.min(branches[branches.length - 1]! * ways, Number.MAX_SAFE_INTEGER);
	};
	for (let i = 0; i < pattern.length; i++) {
		const ch = pattern[i]!;
		if (ch === '\\') {
			const next = pattern[i + 1] ?? '';
			if (/[1-9k]/.test(next)) return { kind: 'backreference' };
			i++;
			// `\p{Lu}`, `\u{41}`: one character, its braces included.
			if (/[pPu]/.test(next) && pattern[i + 1] === '{') i = Math.max(i, pattern.indexOf('}', i));
			lastAtom = 'char';
		} else if (ch === '[') {
			// A class matches one character: skip to its end (escapes inside included).
			i++;
			if (pattern[i] === '^') i++;
			if (pattern[i] === ']') i++;
			while (i < pattern.length && pattern[i] !== ']') i += pattern[i] === '\\' ? 2 : 1;
			lastAtom = 'char';
		} else if (ch === '(') {
			if (pattern[i + 1] === '?') {
				if (pattern[i + 2] !== ':') return { kind: 'lookaround' };
				i += 2;
			}
			stack.push({ branches: [1] });
			lastAtom = 'none';
		} else if (ch === '|') {
			top().branches.push(1);
			lastAtom = 'none';
		} else if (ch === ')') {
			const group = stack.pop()!;
			lastGroupWays = group.branches.reduce((sum, ways) => sum + ways, 0);
			multiply(lastGroupWays);
			lastAtom = 'group';
		} else if (ch === '*' || ch === '+' || ch === '?' || ch === '{') {
			let min = ch === '+' ? 1 : 0;
			let max = ch === '?' ? 1 : Infinity;
			if (ch === '{') {
				const bounds = /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(i));
				if (!bounds) return { kind: 'brace-not-repeat' };
				min = Number(bounds[1]);
				max = bounds[2] === undefined ? min : bounds[3] === '' ? Infinity : Number(bounds[3]);
				i += bounds[0].length - 1;
			}
			if (pattern[i + 1] === '?') i++;
			if (lastAtom === 'group') {
				if (max !== 1) return { kind: 'repeated-group' };
				multiply(2);
			} else if (lastAtom === 'char') multiply(repeatWays(min, max));
			lastAtom = 'none';
		} else {
			lastAtom = ch === '^' || ch === '$' ? 'none' : 'char';
		}
	}
	return stack[0]!.branches.reduce((sum, ways) => sum + ways, 0);
}

/**
 * The framework's band pattern, compiled: the default when it declares none; undefined when its own
 * is refused (BAND_PATTERN_INVALID says so once; its bands are not checked against a pattern it did not mean).
 */
export function compileBandPattern(pattern: string | undefined): RegExp | undefined {
	if (pattern === undefined) return new RegExp(DEFAULT_BAND_PATTERN, 'u');
	return bandPatternProblem(pattern) === undefined ? new RegExp(pattern, 'u') : undefined;
}
