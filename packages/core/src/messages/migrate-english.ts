/**
 * What `migrateAssessment` did to each rating, in English: the `message` of each change, and what
 * `rungs migrate` prints. Ids come in as they are; the catalog puts them in code spans.
 */
export const englishMigrate = {
	'migrate.current': (p: { from: string; to: string }) => `Current level moved from \`${p.from}\` to \`${p.to}\`.`,
	'migrate.target': (p: { to: string }) => `Target moved to \`${p.to}\`.`,
	'migrate.removed': (p: { competency: string }) => `\`${p.competency}\` is no longer on the ladder: its rating moved to the notes.`,
	'migrate.statementRemoved': (p: { competency: string; statement: string }) => `The statement \`${p.statement}\` is gone: its rating moved to the notes.`,
	'migrate.reassess': (p: { competency: string }) => `\`${p.competency}\` changed: its rating is kept and marked for re-assessment.`,
	'migrate.kept': (p: { competency: string }) => `\`${p.competency}\` is unchanged: its rating is kept.`,
};

type Param<F> = F extends (p: infer P) => string ? (unknown extends P ? Record<never, never> : P) : never;
export type MigrateParams = { [K in keyof typeof englishMigrate]: Param<(typeof englishMigrate)[K]> };
