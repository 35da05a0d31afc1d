import type { Assessment } from '../schema/assessment.ts';
import type { Destination, Path } from '../schema/career-paths.ts';
import type { SharedCompetency, Statement } from '../schema/competency.ts';
import type { Source } from '../schema/common.ts';
import type { Category } from '../schema/framework.ts';
import type { Level } from '../schema/level.ts';
import type { ReadinessRule } from '../schema/readiness-rule.ts';
import type { Scale } from '../schema/scale.ts';
import type { DeepReadonly } from '../schema/readonly.ts';
import type { EachLevel } from './applies.ts';

export type { EachLevel };

// The shapes as resolve-framework.ts builds them; what the API hands out is the deeply read-only
// type of each (below), and parseFramework freezes the framework to match.

/** A statement after resolution, with where it was written. */
export interface ResolvedStatementData extends Statement {
	/** `shared` when it comes from shared-competencies.yaml, `role` when the ladder wrote it. */
	origin: 'shared' | 'role';
}

/** A competency as a ladder uses it: shared statements merged in, every level present. */
export interface ResolvedCompetencyData {
	id: string;
	name: string;
	category: string;
	/** Absent when the ladder (or shared file) gives none; the `competency-description` house rule asks for it. */
	description?: string;
	shared: boolean;
	required: boolean;
	weight: number;
	/**
	 * The ids of the levels this competency applies at, in ladder order: every level of the ladder
	 * unless the file's `levels:` names some. Readiness, gap reports, templates and exports count
	 * the competency only at these levels.
	 */
	levels: string[];
	/**
	 * Statements written per level id, a key for every level of the ladder in ladder order; an empty
	 * list where `levelNotes` explains why, where a level adds nothing new, or where the competency
	 * does not apply (`levels`). What a level EXPECTS also depends on the ladder's `eachLevel`.
	 */
	expectations: Record<string, ResolvedStatementData[]>;
	levelNotes: Record<string, string>;
	evidenceExamples: string[];
}

/** A ladder, validated and resolved. Plain data: it serialises to JSON and back unchanged. */
export interface LadderData {
	id: string;
	version: string;
	title: string;
	/** Absent when the ladder gives none; the `ladder-summary` house rule asks for it. */
	summary?: string;
	/** `published` when the file says nothing. */
	status: 'draft' | 'published' | 'deprecated';
	updated?: string;
	/** The ladder's licence, else the framework's; absent when neither gives one. */
	license?: string;
	sources: Source[];
	readiness: ReadinessRule;
	/**
	 * How statements accumulate up the ladder: `adds-to-below` (a level expects its own statements
	 * and those of the levels below where the competency applies) or `replaces-below` (a level
	 * expects its own statements only).
	 */
	eachLevel: EachLevel;
	levels: Level[];
	/** In category order, then in the order the file lists them (shared first). */
	competencies: ResolvedCompetencyData[];
	/** The file the ladder was read from. */
	file: string;
}

/** A move between ladders, or to a role outside them; moves up one ladder are included. */
export interface CareerMoveData extends Omit<Path, 'to'> {
	to: Path['to'];
	/** True for the implied move to the next level of the same ladder. */
	implied: boolean;
}

/** Everything an organisation publishes: its scale, categories, shared competencies, ladders and paths. */
export interface FrameworkData {
	id: string;
	title: string;
	summary?: string;
	/** The language its texts are in: framework.yaml's `language` (`en` when absent), or the language `translateFramework` put them in. */
	language: string;
	license?: string;
	sources: Source[];
	scale: Scale;
	categories: Category[];
	readiness: ReadinessRule;
	shared: SharedCompetency[];
	ladders: LadderData[];
	destinations: Destination[];
	paths: CareerMoveData[];
}

/** A statement after resolution, with where it was written (`origin`). Read-only. */
export type ResolvedStatement = DeepReadonly<ResolvedStatementData>;
/** A competency as a ladder uses it: shared statements merged in, every level present. Read-only. */
export type ResolvedCompetency = DeepReadonly<ResolvedCompetencyData>;
/** A ladder, validated and resolved. Read-only: it comes frozen from `parseFramework`. */
export type Ladder = DeepReadonly<LadderData>;
/** A move between ladders, or up one (`implied`). Read-only. */
export type CareerMove = DeepReadonly<CareerMoveData>;
/**
 * Everything an organisation publishes: its scale, categories, shared competencies, ladders and
 * paths. `parseFramework` returns it frozen all the way down, and the type says so: lookups over a
 * framework are computed once and cached, so it must not change after loading.
 */
export type Framework = DeepReadonly<FrameworkData>;

export type { Assessment };

declare const validatedBrand: unique symbol;
/**
 * An assessment that `parseAssessment` or `validateAssessment` accepted against a framework: its
 * ladder, levels, competencies and ratings all exist there. Only those functions produce one (the
 * brand exists in types only), so a hand-built object with a misspelt rating cannot reach `assess`.
 */
export type ValidatedAssessment = Assessment & { readonly [validatedBrand]: true };
