import { unknownIdParams } from '../parse/describe-path.ts';
import type { Framework, Matrix } from '../model.ts';
import { indexFramework } from '../framework-index.ts';
import { findLevel, findMatrix, targetOf } from '../queries.ts';
import type { Assessment } from '../schema/assessment.ts';
import type { DataPath } from '../errors/problem.ts';
import type { ProblemCode, ProblemParams } from '../errors/catalog.ts';
import type { Checked, Reporter } from './reporter.ts';

const major = (version: string) => version.split('.')[0];

/**
 * An assessment's references resolve against the framework: its ladder and version, its levels,
 * every competency, rating, statement and evidence link.
 */
export function checkAssessment(reporter: Reporter, { source, value }: Checked<Assessment>, framework: Framework): void {
	const report = <C extends ProblemCode>(code: C, path: DataPath, params: ProblemParams[C], at: 'value' | 'key' = 'value') =>
		reporter.report(source, code, path, params, at);
	const unknownMatrix = (id: string, path: DataPath) => {
		report('UNKNOWN_MATRIX', path, { id, ...unknownIdParams(id, framework.matrices.map((m) => m.id)) });
	};
	const matrix = findMatrix(framework, value.matrix.id);
	if (!matrix) return unknownMatrix(value.matrix.id, ['matrix', 'id']);

	if (value.matrix.version !== matrix.version) {
		const params = { matrix: matrix.id, was: value.matrix.version, now: matrix.version, file: source.file.path };
		report(major(value.matrix.version) === major(matrix.version) ? 'MATRIX_VERSION_MISMATCH' : 'MATRIX_MAJOR_MISMATCH', ['matrix', 'version'], params);
	}
	const unknownLevel = (ladder: Matrix, id: string, path: DataPath) => {
		report('UNKNOWN_LEVEL', path, { id, matrix: ladder.id, ...unknownIdParams(id, ladder.levels.map((l) => l.id)) });
	};
	if (!findLevel(matrix, value.current)) unknownLevel(matrix, value.current, ['current']);

	const target = targetOf(value);
	const targetPath: DataPath = typeof value.target === 'string' ? ['target'] : ['target', 'level'];
	const targetMatrix = findMatrix(framework, target.matrix);
	if (!targetMatrix) unknownMatrix(target.matrix, ['target', 'matrix']);
	else if (!findLevel(targetMatrix, target.level)) unknownLevel(targetMatrix, target.level, targetPath);
	else if (targetMatrix === matrix) {
		const from = matrix.levels.findIndex((l) => l.id === value.current);
		const to = matrix.levels.findIndex((l) => l.id === target.level);
		if (from >= 0 && to < from) report('TARGET_BELOW_CURRENT', targetPath, { target: target.level, current: value.current });
	}

	// A shared competency may carry different role statements on each ladder: accept statements of both.
	const index = indexFramework(framework);
	const competencies = index.statementIdsAcross(matrix.id, targetMatrix?.id ?? matrix.id);
	// Paths, suggestions and lists are built only for a problem: this loop runs for every assessment of a batch.
	const badRating = (id: string, path: DataPath) => report('UNKNOWN_SCALE_VALUE', path, { id, ...unknownIdParams(id, index.scaleRank.keys()) });
	const badStatement = (competencyId: string, statementIds: ReadonlySet<string>, id: string, path: DataPath, at: 'value' | 'key') => {
		report('UNKNOWN_STATEMENT', path, { id, competency: competencyId, ...unknownIdParams(id, statementIds) }, at);
	};
	for (const competencyId of Object.keys(value.ratings)) {
		const rating = value.ratings[competencyId]!;
		const statementIds = competencies.get(competencyId);
		if (!statementIds) {
			const ladders = targetMatrix && targetMatrix !== matrix ? [matrix.id, targetMatrix.id] : [matrix.id];
			report('UNKNOWN_COMPETENCY', ['ratings', competencyId], { id: competencyId, ladders, ...unknownIdParams(competencyId, competencies.keys()) }, 'key');
			continue;
		}
		if (rating.rating !== undefined) {
			if (!index.scaleRank.has(rating.rating)) badRating(rating.rating, ['ratings', competencyId, 'rating']);
		} else if (rating.evidence.length > 0) report('EVIDENCE_WITHOUT_RATING', ['ratings', competencyId], { competency: competencyId }, 'key');
		if (rating.statements) {
			for (const statementId of Object.keys(rating.statements)) {
				const path = () => ['ratings', competencyId, 'statements', statementId];
				if (!statementIds.has(statementId)) badStatement(competencyId, statementIds, statementId, path(), 'key');
				if (!index.scaleRank.has(rating.statements[statementId]!)) badRating(rating.statements[statementId]!, path());
			}
		}
		for (let e = 0; e < rating.evidence.length; e++) {
			const ids = rating.evidence[e]!.statements;
			if (!ids) continue;
			for (let i = 0; i < ids.length; i++) {
				if (!statementIds.has(ids[i]!)) badStatement(competencyId, statementIds, ids[i]!, ['ratings', competencyId, 'evidence', e, 'statements', i], 'value');
			}
		}
	}
}
