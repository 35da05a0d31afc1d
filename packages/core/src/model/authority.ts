import type { Authority, Level } from '../schema/level.ts';

const NO_AUTHORITY: Authority = Object.freeze({ decideAlone: [], outOfScope: [], escalateWhen: [], tooSafe: [] });

/**
 * A level's decision authority, with empty lists when the ladder writes none: `authority` is
 * optional (the `decision-authority` house rule asks for it), and code that compares or lists
 * decisions reads the same shape either way.
 *
 * @example
 * authorityOf(level).decideAlone.map((d) => d.text);
 */
export const authorityOf = (level: Pick<Level, 'authority'>): Authority => level.authority ?? NO_AUTHORITY;

/** True when a level writes any authority at all: pages and reports leave the section out otherwise. */
export const hasAuthority = (level: Pick<Level, 'authority'>): boolean => {
	const a = level.authority;
	return a !== undefined && a.decideAlone.length + a.outOfScope.length + a.escalateWhen.length + a.tooSafe.length > 0;
};
