import type { MigrateParams } from './migrate-english.ts';
import { fr } from './french-typography.ts';

/** What `migrateAssessment` did to each rating, in French. */
export const frenchMigrate: { [C in keyof MigrateParams]: (p: MigrateParams[C]) => string } = {
	'migrate.current': (p) => fr`Niveau actuel déplacé de \`${p.from}\` à \`${p.to}\`.`,
	'migrate.target': (p) => fr`Niveau visé déplacé à \`${p.to}\`.`,
	'migrate.removed': (p) => fr`\`${p.competency}\` ne fait plus partie de l’échelle : son appréciation a été reportée dans les notes.`,
	'migrate.statementRemoved': (p) => fr`L’attendu \`${p.statement}\` n’existe plus : son appréciation a été reportée dans les notes.`,
	'migrate.reassess': (p) => fr`\`${p.competency}\` a changé : son appréciation est conservée et marquée à réévaluer.`,
	'migrate.kept': (p) => fr`\`${p.competency}\` est inchangée : son appréciation est conservée.`,
};
