import type { MigrateParams } from './migrate-english.ts';
import { fr, pluriel } from './french-typography.ts';

/** What `migrateAssessment` did to each rating, in French. */
export const frenchMigrate: { [C in keyof MigrateParams]: (p: MigrateParams[C]) => string } = {
	'migrate.current': (p) => fr`Niveau actuel déplacé de \`${p.from}\` à \`${p.to}\`.`,
	'migrate.target': (p) => fr`Niveau visé déplacé à \`${p.to}\`.`,
	'migrate.removed': (p) => fr`\`${p.competency}\` ne fait plus partie de l’échelle : son appréciation a été reportée dans les notes.`,
	'migrate.statementRemoved': (p) => fr`L’attendu \`${p.statement}\` n’existe plus : son appréciation a été reportée dans les notes.`,
	'migrate.reassess': (p) => fr`\`${p.competency}\` a changé : son appréciation est conservée et marquée à réévaluer.`,
	'migrate.kept': (p) => fr`\`${p.competency}\` est inchangée : son appréciation est conservée.`,
	'migrate.note.competency': (p) =>
		fr`La compétence \`${p.competency}\` a été retirée en ${p.version} ; son appréciation était : ${p.rating === null ? 'non appréciée' : `\`${p.rating}\``}` +
		(p.evidence.length > 0 ? fr`, ${pluriel(p.evidence.length, 'preuve')} : ${p.evidence.join(' / ')}` : '') +
		'.',
	'migrate.note.statement': (p) => fr`L’attendu \`${p.competency}/${p.statement}\` a été retiré en ${p.version} ; son appréciation était \`${p.rating}\`.`,
	'migrate.note.header': (p) => fr`Passée de ${p.ladder} ${p.from} à ${p.to}.`,
	'migrate.note.pointer': (p) =>
		fr`Passée de ${p.ladder} ${p.from} à ${p.to}. Ce qui a été retiré dépasse la taille permise des notes : il est conservé en entier dans le commentaire à la fin de ce fichier.`,
	'migrate.note.removed': (p) => fr`Retiré lors du passage de ${p.ladder} ${p.from} à ${p.to} :`,
};
