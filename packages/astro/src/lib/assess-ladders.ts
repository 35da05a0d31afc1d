import { createHash } from 'node:crypto';
import type { Framework } from '@rungs/core';
import { frameworkForAssessment } from './assess-data.ts';

/*
 * The ladders of the self-assessment and team pages, split so neither page grows with the
 * organisation (#20): a person rates themselves against one ladder at a time, and a team's
 * assessments name a few ladders, yet both pages used to carry every ladder's statements (10 MB at
 * 500 ladders). The pages now carry the framework without its ladders; a ladder index (what the
 * pickers, the draft reader and the team summary's order need) and one file per ladder (its levels
 * and competencies in full) are static files of the same site, loaded as modules when needed. Both
 * pages load the same files (the team page names the self-assessment's addresses), so a browser
 * that has one ladder for either page has it for both.
 *
 * Modules, not JSON fetched: a module import is a script request, allowed by `script-src 'self'`, so
 * the page keeps `connect-src 'none'` and its scripts still cannot send anything anywhere.
 */

/** What the page needs of a ladder before its file is loaded: the pickers and the draft reader. */
export interface LadderEntry {
	id: string;
	title: string;
	version: string;
	levels: Array<{ id: string; title: string; band?: string }>;
	/** Every competency id the ladder rates, so a kept draft is read without loading its ladders. */
	competencies: string[];
}

/**
 * The index module's value. Each ladder's file is `ladders/<id>.js?v=<version>` beside the index:
 * one hash of every ladder file, so a cached copy never outlives a change (one hash per ladder
 * would cost the index 12 characters a ladder that gzip cannot shrink).
 */
export interface LadderIndex {
	version: string;
	ladders: LadderEntry[];
}

/** The framework without ladders: the scale, categories and readiness rule the whole page shares. */
export function frameworkWithoutLadders(framework: Framework): Framework {
	return frameworkForAssessment({ ...framework, ladders: [] });
}

/** A module whose default export is the value: JSON is a JavaScript expression. */
export const asModule = (value: unknown): string => `export default ${JSON.stringify(value)};\n`;

const hashOf = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 12);

interface Split {
	index: LadderIndex;
	files: Map<string, string>;
	indexText: string;
	indexHash: string;
}

// Each framework (one per language) is split once for the index, the page and every ladder file.
const splits = new WeakMap<Framework, Split>();

function split(framework: Framework): Split {
	const known = splits.get(framework);
	if (known) return known;
	const files = new Map<string, string>();
	const all = createHash('sha256');
	const ladders = frameworkForAssessment(framework).ladders.map((ladder): LadderEntry => {
		const text = asModule(ladder);
		files.set(ladder.id, text);
		all.update(text);
		return {
			id: ladder.id,
			title: ladder.title,
			version: ladder.version,
			levels: ladder.levels.map(({ id, title, band }) => ({ id, title, ...(band === undefined ? {} : { band }) })),
			competencies: ladder.competencies.map((c) => c.id),
		};
	});
	const index = { version: all.digest('hex').slice(0, 12), ladders };
	const indexText = asModule(index);
	const made = { index, files, indexText, indexHash: hashOf(indexText) };
	splits.set(framework, made);
	return made;
}

/** The ladder index as a module, and its hash for the page's address of it. */
export const ladderIndexModule = (framework: Framework): { text: string; hash: string } => ({ text: split(framework).indexText, hash: split(framework).indexHash });

/** One ladder as a module: the ladder as the page's framework holds it once loaded. */
export function ladderModule(framework: Framework, id: string): string {
	const text = split(framework).files.get(id);
	if (text === undefined) throw new Error(`No ladder "${id}" on this site.`);
	return text;
}
