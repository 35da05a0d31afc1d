import type { ProblemCode, ProblemParams } from '../diagnostics/catalog.ts';
import { type DataPath, type Problem } from '../diagnostics/problem.ts';
import { createProblem } from '../diagnostics/create-problem.ts';

/** Where a value was read: a cell of a CSV file (1-based, as a spreadsheet shows it) or a data path in a JSON package. */
export type Origin = { row: number; column: number } | { path: DataPath };

/** A statement as read: its text, and its id when the source carries one (a CASE package from Rungs). */
export interface DraftStatement {
	text: string;
	id?: string;
}

/** A decision a level takes alone, as read. */
export interface DraftDecision {
	text: string;
	id?: string;
	limit?: string;
}

export interface DraftLevel {
	title: string;
	id?: string;
	band?: string;
	summary?: string;
	scope?: string;
	ownership?: string;
	initiative?: string;
	decideAlone?: DraftDecision[];
	outOfScope?: string[];
	escalateWhen?: string[];
	tooSafe?: string[];
	at: Origin;
}

export interface DraftCompetency {
	name: string;
	id?: string;
	at: Origin;
	/** The category as the source names it (a name or an id), with where it was written. */
	category?: { text: string; at: Origin };
	description?: string;
	shared?: boolean;
	required?: boolean;
	weight?: number;
	evidenceExamples?: string[];
	/** The ids of the levels it applies at, when the source says (a CASE package from Rungs); else read from its cells. */
	levels?: string[];
	/** Statements per level, in the order of `LadderDraft.levels`; an empty list for an empty cell. */
	cells: DraftStatement[][];
}

/**
 * A ladder as a reader found it, before ids, categories and shared competencies are settled: the
 * one shape the CSV grid, Rungs' CSV export and a CASE package are read into.
 */
export interface LadderDraft {
	title?: string;
	summary?: string;
	version?: string;
	status?: 'draft' | 'published' | 'deprecated';
	updated?: string;
	license?: string;
	sources?: Array<{ title: string; url?: string }>;
	eachLevel?: 'adds-to-below' | 'replaces-below';
	levels: DraftLevel[];
	competencies: DraftCompetency[];
}

/** Problems of one imported file, each located where the reader found it. */
export class ImportReport {
	readonly problems: Problem[] = [];
	readonly file: string;
	constructor(file: string) {
		this.file = file;
	}

	add<C extends ProblemCode>(code: C, params: ProblemParams[C], at: Origin): void {
		// A CSV row is not a line of the text (a cell may hold newlines), so no frame: the row and column say where.
		const file = { path: this.file, text: '' };
		this.problems.push(
			'path' in at
				? createProblem(code, params, { file, path: at.path })
				: createProblem(code, params, { file, span: { line: at.row, column: at.column, endColumn: at.column + 1 }, path: [] }),
		);
	}
}
