/**
 * How many cases a property test checks: the count it names, times RUNGS_PROPERTY_RUNS (a factor, 1
 * by default: `RUNGS_PROPERTY_RUNS=10 pnpm vitest run properties` searches ten times deeper before a
 * release). The work of a property test is bounded by this count, never by the clock, and the seed
 * is fixed, so a given factor checks the same cases on every machine. The counts are set so that
 * the core project's property tests take a few seconds on the CI kind of machine (2 cores).
 */
export function runs(count: number): number {
	const factor = Number(process.env.RUNGS_PROPERTY_RUNS ?? '1');
	if (!Number.isFinite(factor) || factor <= 0) throw new Error(`RUNGS_PROPERTY_RUNS must be a positive number, not ${process.env.RUNGS_PROPERTY_RUNS}`);
	return Math.max(1, Math.round(count * factor));
}
