import type { ProblemTexts } from './problems-files.ts';
import type { ProgressProblemCode } from './english-progress-problems.ts';
import { date, fr } from './french-typography.ts';

/** The problems of progress over time, in French. */
export const frenchProgressProblems: ProblemTexts<ProgressProblemCode> = {
	PROGRESS_NOT_COMPARABLE: (p) =>
		p.what === 'version'
			? fr`Cette évaluation a été faite sur la version \`${p.earlier}\`, mais l’échelle fournie pour elle est la version \`${p.latest}\`.`
			: fr`Cette évaluation antérieure porte sur ${p.what === 'person' ? 'une autre personne' : 'une autre échelle'} : \`${p.earlier}\`, alors que la plus récente porte sur \`${p.latest}\`.`,
	'PROGRESS_NOT_COMPARABLE.hint': (p) =>
		p.what === 'version'
			? 'Fournissez l’échelle telle qu’elle était lors de l’évaluation (`rungs gap --since` la retrouve dans l’historique git).'
			: 'La progression compare des évaluations de la même personne, sur la même échelle, faites à des dates différentes.',
	PROGRESS_NOT_EARLIER: (p) => fr`Cette évaluation « antérieure » est datée du ${date(p.date)}, après la plus récente (${date(p.latest)}).`,
	'PROGRESS_NOT_EARLIER.hint': () => 'Donnez d’abord l’évaluation la plus récente, puis les antérieures (`rungs gap nouvelle.yaml --since ancienne.yaml`).',
	PROGRESS_NOT_MIGRATED: (p) => fr`Cette évaluation a été faite sur \`${p.ladder}\` ${p.was} et elle est lue comme si elle avait été faite sur la version ${p.now}, sans migration.`,
	'PROGRESS_NOT_MIGRATED.hint': () =>
		'Fournissez l’échelle telle qu’elle était alors, pour que les compétences modifiées soient signalées et les compétences retirées mises de côté (`rungs gap --since` la retrouve dans l’historique git).',
};
