/**
 * What `migrateAssessment` did to each rating, in English: the `message` of each change, and what
 * `rungs migrate` prints; and the notes it writes into the migrated file (`migrate.note.*`), which
 * follow the catalog the caller gives. Ids come in as they are; the catalog puts them in code spans.
 */
export const englishMigrate = {
	'migrate.current': (p: { from: string; to: string }) => `Current level moved from \`${p.from}\` to \`${p.to}\`.`,
	'migrate.target': (p: { to: string }) => `Target moved to \`${p.to}\`.`,
	'migrate.removed': (p: { competency: string }) => `\`${p.competency}\` is no longer on the ladder: its rating moved to the notes.`,
	'migrate.statementRemoved': (p: { competency: string; statement: string }) => `The statement \`${p.statement}\` is gone: its rating moved to the notes.`,
	'migrate.reassess': (p: { competency: string }) => `\`${p.competency}\` changed: its rating is kept and marked for re-assessment.`,
	'migrate.kept': (p: { competency: string }) => `\`${p.competency}\` is unchanged: its rating is kept.`,
	'migrate.note.competency': (p: { competency: string; version: string; rating: string | null; evidence: string[] }) =>
		`The competency \`${p.competency}\` was removed in ${p.version}; its rating was: ${p.rating ?? 'not rated'}${p.evidence.length > 0 ? `, ${p.evidence.length} evidence item(s): ${p.evidence.join(' / ')}` : ''}.`,
	'migrate.note.statement': (p: { competency: string; statement: string; version: string; rating: string }) =>
		`The statement \`${p.competency}/${p.statement}\` was removed in ${p.version}; it was rated ${p.rating}.`,
	'migrate.note.header': (p: { ladder: string; from: string; to: string }) => `Migrated from ${p.ladder} ${p.from} to ${p.to}.`,
	'migrate.note.pointer': (p: { ladder: string; from: string; to: string }) =>
		`Migrated from ${p.ladder} ${p.from} to ${p.to}. What was removed is longer than the notes may hold: it is kept in full in the comment at the end of this file.`,
	'migrate.note.removed': (p: { ladder: string; from: string; to: string }) => `Removed when migrating from ${p.ladder} ${p.from} to ${p.to}:`,
};

type Param<F> = F extends (p: infer P) => string ? (unknown extends P ? Record<never, never> : P) : never;
export type MigrateParams = { [K in keyof typeof englishMigrate]: Param<(typeof englishMigrate)[K]> };
