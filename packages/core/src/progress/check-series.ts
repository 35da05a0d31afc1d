import type { Framework, Ladder, ValidatedAssessment } from '../model/framework.ts';
import type { DataPath, Problem, SourceFile } from '../diagnostics/problem.ts';
import type { ProblemCode, ProblemParams } from '../diagnostics/catalog.ts';
import { ArgumentCheck } from '../rules/check-options.ts';
import type { ProgressProblemCode } from '../messages/english-progress-problems.ts';
import { parseSource } from '../source/parse-yaml.ts';
import { Reporter } from '../source/reporter.ts';

/**
 * An earlier assessment of the series, with what helps read it: the ladder as it was when it was
 * made (to migrate it onto the latest version) and the text it came from (to point into it).
 */
export interface EarlierAssessment {
	/** The assessment, checked against the ladder it was made on (`parseAssessment` with that framework). */
	readonly assessment: ValidatedAssessment;
	/** The ladder at the version the assessment was made on, when that is not the latest one's. */
	readonly ladder?: Ladder;
	/** The file the assessment was read from: its problems are then located by line and column. */
	readonly source?: SourceFile;
}

/** Every earlier assessment in the same shape, whichever way it was given. */
export const entryOf = (given: ValidatedAssessment | EarlierAssessment): EarlierAssessment =>
	'assessment' in given && given.assessment !== null && typeof given.assessment === 'object' ? (given as EarlierAssessment) : { assessment: given as ValidatedAssessment };

const personOf = (a: ValidatedAssessment) => a.person.id ?? a.person.name;

/**
 * The problems that keep an earlier assessment out of a person's series: another person, another
 * ladder, a ladder given for another version than the assessment's, or a date after the latest.
 * Each is located in the earlier file's text when it came with one, else at `earlier[n]` and the
 * field. A version the ladder moved on from, with no ladder to migrate from, is a warning.
 */
export function checkSeries(framework: Framework, latest: ValidatedAssessment, earlier: readonly EarlierAssessment[]): { problems: Problem[]; warnings: Problem[] } {
	const byPath = new ArgumentCheck('earlier');
	const inText = new Reporter();
	const now = framework.ladders.find((m) => m.id === latest.ladder.id);
	const problems: Problem[] = [];
	const warnings: Problem[] = [];
	earlier.forEach((entry, i) => {
		const a = entry.assessment;
		const found: Problem[] = [];
		const parsed = entry.source ? parseSource(entry.source).parsed : undefined;
		const report = <C extends ProgressProblemCode>(code: C, path: DataPath, params: ProblemParams[C]) => {
			if (parsed) inText.report(parsed, code, path, params);
			else byPath.report(code, params, [i, ...path]);
			found.push((parsed ? inText : byPath).problems.at(-1)!);
		};
		if (personOf(a) !== personOf(latest)) report('PROGRESS_NOT_COMPARABLE', ['person', a.person.id !== undefined ? 'id' : 'name'], { what: 'person', latest: personOf(latest), earlier: personOf(a) });
		if (a.ladder.id !== latest.ladder.id) report('PROGRESS_NOT_COMPARABLE', ['ladder', 'id'], { what: 'ladder', latest: latest.ladder.id, earlier: a.ladder.id });
		else if (entry.ladder && (entry.ladder.id !== a.ladder.id || entry.ladder.version !== a.ladder.version)) {
			report('PROGRESS_NOT_COMPARABLE', ['ladder', 'version'], { what: 'version', latest: `${entry.ladder.id} ${entry.ladder.version}`, earlier: `${a.ladder.id} ${a.ladder.version}` });
		}
		if (a.date > latest.date) report('PROGRESS_NOT_EARLIER', ['date'], { date: a.date, latest: latest.date });
		problems.push(...found);
		if (found.length === 0 && now && a.ladder.version !== now.version && !entry.ladder) {
			report('PROGRESS_NOT_MIGRATED', ['ladder', 'version'], { ladder: a.ladder.id, was: a.ladder.version, now: now.version });
			warnings.push(found.pop()!);
		}
	});
	return { problems, warnings };
}
