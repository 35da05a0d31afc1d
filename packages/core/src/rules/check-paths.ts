import { unknownIdParams } from '../diagnostics/describe-path.ts';
import type { CareerPathsFile, LevelRef } from '../schema/career-paths.ts';
import type { DataPath } from '../diagnostics/problem.ts';
import type { LadderFile } from '../schema/ladder.ts';
import { checkUniqueIds, type Checked, type Reporter } from '../source/reporter.ts';

/** Every path starts and ends somewhere that exists, and no path is listed twice. */
export function checkPathsFile(
	reporter: Reporter,
	{ source, value }: Checked<CareerPathsFile>,
	ladders: ReadonlyMap<string, LadderFile>,
	brokenLadderIds: ReadonlySet<string> = new Set(),
): void {
	const destinations = checkUniqueIds(reporter, source, value.destinations, (i) => ['destinations', i, 'id'], 'destination');
	const checkRef = (ref: LevelRef, path: DataPath): boolean => {
		const ladder = ladders.get(ref.ladder);
		if (!ladder && brokenLadderIds.has(ref.ladder)) return false;
		if (!ladder) {
			reporter.report(source, 'UNKNOWN_LADDER', [...path, 'ladder'], { id: ref.ladder, ...unknownIdParams(ref.ladder, ladders.keys()) });
			return false;
		}
		const levels = ladder.levels.map((l) => l.id);
		if (!levels.includes(ref.level)) {
			reporter.report(source, 'UNKNOWN_LEVEL', [...path, 'level'], { id: ref.level, ladder: ref.ladder, ...unknownIdParams(ref.level, levels) });
			return false;
		}
		return true;
	};
	const seen = new Map<string, number>();
	value.paths.forEach((path, index) => {
		const base: DataPath = ['paths', index];
		checkRef(path.from, [...base, 'from']);
		let to: string;
		if ('role' in path.to) {
			to = `role:${path.to.role}`;
			if (!destinations.has(path.to.role)) {
				reporter.report(source, 'UNKNOWN_DESTINATION', [...base, 'to', 'role'], { id: path.to.role, ...unknownIdParams(path.to.role, destinations) });
			}
		} else {
			to = `${path.to.ladder}:${path.to.level}`;
			checkRef(path.to, [...base, 'to']);
			if (path.to.ladder === path.from.ladder) reporter.report(source, 'PATH_WITHIN_LADDER', [...base, 'to'], {});
		}
		const from = `${path.from.ladder}:${path.from.level}`;
		const key = `${from}→${to}`;
		const first = seen.get(key);
		if (first === undefined) seen.set(key, index);
		else reporter.report(source, 'DUPLICATE_PATH', base, { from, to, firstLine: reporter.lineOf(source, ['paths', first]) });
	});
}
