import type { Assessment, Framework, Ladder } from '@rungs/core';
import { byId } from './dom.ts';
// Types only: erased from the page's script, which never loads the build-time module.
import type { LadderEntry, LadderIndex } from '../../lib/assess-ladders.ts';

/*
 * The framework a page works with, built from what the page embeds (the scale, categories and
 * readiness rule), the ladder index and, once loaded, each ladder it needs: the ladder a person
 * rates against on the self-assessment, the ladders the opened assessments name on the team page.
 * The index and the ladders are static files of this site (written by lib/assess-ladders.ts),
 * imported as modules: a script request, which the page's `connect-src 'none'` leaves allowed and
 * nothing can send through.
 * Until its file is loaded a ladder has its levels and no competencies, so the pickers and the draft
 * reader work at once and nothing is measured against a ladder that is not all there.
 */


let indexUrl: URL;
/** The version of the ladder files the index names (a hash of them all), in each file's address. */
let version = '';
/**
 * The framework as loaded so far. A loaded ladder makes a new framework object rather than changing
 * this one: the library keeps what it works out of a framework per object (its ladders by id, say).
 */
let current: Framework;
const entries = new Map<string, LadderEntry>();
const loaded = new Set<string>();
const loading = new Map<string, Promise<void>>();
// A browser remembers a module that failed to load: a new try asks for a new address.
const failures = new Map<string, number>();
let indexFailures = 0;

/** Imports a module of this site: the address is the page's own data, never built from what a person typed. */
const load = async <T>(url: URL): Promise<T> => ((await import(/* @vite-ignore */ url.href)) as { default: T }).default;

/**
 * The page's framework, with every ladder's levels and none of its competencies yet. `indexAddress`
 * is the ladder index's address as the page gives it (both pages share one index and one set of files).
 */
export async function loadFramework(indexAddress: string): Promise<Framework> {
	const shared = JSON.parse(byId('rungs-framework').textContent ?? '{}') as Framework;
	indexUrl = new URL(indexAddress, location.href);
	const address = new URL(indexUrl);
	if (indexFailures > 0) address.searchParams.set('retry', String(indexFailures));
	const { version: files, ladders: index } = await load<LadderIndex>(address).catch((error: unknown) => {
		indexFailures++;
		throw error;
	});
	version = files;
	for (const entry of index) entries.set(entry.id, entry);
	// The fields a ladder's file brings (its competencies, readiness rule, status) wait for it; the form reads none of them before.
	const ladders = index.map(({ id, title, version, levels }) => ({ id, title, version, levels, competencies: [] }) as unknown as Ladder);
	current = { ...shared, ladders };
	return current;
}

/** The framework with every ladder loaded so far: read it again after loadLadders. */
export const currentFramework = (): Framework => current;

/** Every competency a ladder rates, from the index: known before the ladder's file is loaded. */
export const ratedOn = (ladder: Ladder): readonly string[] => entries.get(ladder.id)?.competencies ?? ladder.competencies.map((c) => c.id);

/** The ladders an assessment is measured against: its own and its target's. */
export const laddersOf = (a: Pick<Assessment, 'ladder' | 'target'>): string[] => [a.ladder.id, ...(typeof a.target === 'string' ? [] : [a.target.ladder])];

/** Whether every ladder named is all there (a ladder this site does not have has nothing to load). */
export const isLoaded = (ids: readonly string[]): boolean => ids.every((id) => loaded.has(id) || !entries.has(id));

/**
 * Loads the ladders named, each once, in place of their index entries, and gives the framework that
 * holds them (currentFramework()). Rejects when a file cannot be loaded (offline before it was ever
 * picked, say); a later call tries again.
 */
export async function loadLadders(ids: readonly string[]): Promise<Framework> {
	await Promise.all(
		ids.filter((id) => entries.has(id) && !loaded.has(id)).map((id) => {
			let pending = loading.get(id);
			if (!pending) {
				const url = new URL(`ladders/${encodeURIComponent(id)}.js?v=${version}`, indexUrl);
				if (failures.has(id)) url.searchParams.set('retry', String(failures.get(id)));
				pending = load<Ladder>(url)
					.then((ladder) => {
						current = { ...current, ladders: current.ladders.map((m) => (m.id === id ? ladder : m)) };
						loaded.add(id);
					})
					.catch((error: unknown) => {
						failures.set(id, (failures.get(id) ?? 0) + 1);
						throw error;
					})
					.finally(() => loading.delete(id));
				loading.set(id, pending);
			}
			return pending;
		}),
	);
	return current;
}
