// @rungs/core/astro: content loaders for an Astro site that publishes ladders from a folder.
// Typed structurally, so the library does not depend on Astro; the objects satisfy Astro 5's
// `Loader` interface (`{ name, load({ store, logger }) }`).
import { relative } from 'node:path';
import { formatProblems } from './diagnostics/format.ts';
import type { Problem } from './diagnostics/problem.ts';
import { loadAssessmentFolder, loadFramework } from './node/load-files.ts';

interface LoaderContext {
	store: { clear(): void; set(entry: { id: string; data: Record<string, unknown> }): boolean };
	logger: { info(message: string): void; warn(message: string): void };
}

export interface RungsLoader {
	name: string;
	load(context: LoaderContext): Promise<void>;
}

/** Fails the build with the same located, framed text the CLI prints. */
function fail(problems: readonly Problem[]): never {
	const error = new Error(`Rungs found problems in the ladders:\n\n${formatProblems(problems)}`);
	// The problems are the user's to fix, located in their files: a trace into this loader would only be noise.
	error.stack = error.message;
	throw error;
}

function warn(logger: LoaderContext['logger'], problems: readonly Problem[]): void {
	if (problems.length > 0) logger.warn(formatProblems(problems));
}

/**
 * A content loader that publishes a folder of ladders as one `framework` entry (the resolved,
 * validated framework). An invalid ladder fails the build with located errors.
 *
 * @example
 * // src/content.config.ts
 * export const collections = { ladders: defineCollection({ loader: laddersLoader({ dir: '../matrices' }) }) };
 */
export function laddersLoader(options: { dir: string }): RungsLoader {
	return {
		name: 'rungs-ladders',
		async load({ store, logger }) {
			const result = await loadFramework(options.dir, { root: relative(process.cwd(), options.dir) || '.' });
			if (!result.ok) fail(result.problems);
			warn(logger, result.warnings);
			store.clear();
			store.set({ id: 'framework', data: result.value as unknown as Record<string, unknown> });
			logger.info(`Loaded ${result.value.ladders.length} ladders from ${options.dir}`);
		},
	};
}

/**
 * A content loader for assessment files (`*.yaml` in a folder), each checked against the ladders
 * in `ladders`; the entry id is the file name without its extension.
 *
 * @example
 * // src/content.config.ts
 * export const collections = { examples: defineCollection({ loader: assessmentsLoader({ dir: '../matrices/examples', ladders: '../matrices' }) }) };
 */
export function assessmentsLoader(options: { dir: string; ladders: string }): RungsLoader {
	return {
		name: 'rungs-assessments',
		async load({ store, logger }) {
			const framework = await loadFramework(options.ladders);
			if (!framework.ok) fail(framework.problems);
			const loaded = await loadAssessmentFolder(options.dir, framework.value);
			if (!loaded.ok) fail(loaded.problems);
			warn(logger, loaded.warnings);
			store.clear();
			for (const { id, assessment } of loaded.value) store.set({ id, data: assessment as unknown as Record<string, unknown> });
		},
	};
}

/**
 * The old name of {@link laddersLoader}.
 *
 * @deprecated Use `laddersLoader`; this alias goes in 2.0.
 */
export const matricesLoader = laddersLoader;
