/*
 * zod 4 (which @rungs/core validates with) writes explanatory comments next to its `@__PURE__`
 * annotations, which Rollup warns it cannot place and drops (the annotations themselves still work):
 * four multi-line warnings on every build that say nothing about the site. This drops only that
 * warning, and only for zod's files; every other warning reaches the site's own handler or Vite's.
 */

interface RollupWarning {
	code?: string;
	id?: string;
}

type WarningHandler = (warning: RollupWarning, warn: (warning: RollupWarning) => void) => void;

export function quietZodComments(next?: WarningHandler): WarningHandler {
	return (warning, warn) => {
		if (warning.code === 'INVALID_ANNOTATION' && /[\\/]zod[\\/]/.test(warning.id ?? '')) return;
		if (next) next(warning, warn);
		else warn(warning);
	};
}
