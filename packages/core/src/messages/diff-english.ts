/**
 * The words of a ladder diff (`renderDiffMarkdown`), in English. Quoted texts and titles come in
 * already escaped for Markdown.
 */
type Bump = 'major' | 'minor' | 'patch' | 'none';

/**
 * Why a ladder diff implies its version bump, as data a catalog words (`diff.reason`): what changed
 * and the ids or count it concerns.
 */
export type BumpReason =
	| { code: 'level-removed' | 'level-added' | 'competency-removed' | 'competency-added'; ids: string[] }
	| { code: 'level-changed' | 'competency-changed'; id: string }
	| { code: 'levels-reordered' }
	| { code: 'each-level-changed'; to: 'adds-to-below' | 'replaces-below' }
	| { code: 'statements-removed' | 'statements-added' | 'statements-moved' | 'statements-reworded'; count: number };

/** How a ladder diff's bump reasons read: data in every `LadderDiff`, so `formatMessage` words them too. */
export const englishBumpReason = {
	'diff.reason': (p: BumpReason) => {
		switch (p.code) {
			case 'level-removed': return `level removed: ${p.ids.join(', ')}`;
			case 'level-added': return `level added: ${p.ids.join(', ')}`;
			case 'competency-removed': return `competency removed: ${p.ids.join(', ')}`;
			case 'competency-added': return `competency added: ${p.ids.join(', ')}`;
			case 'level-changed': return `level ${p.id} changed`;
			case 'competency-changed': return `competency ${p.id} changed`;
			case 'levels-reordered': return 'levels reordered';
			case 'each-level-changed': return `eachLevel changed to ${p.to}`;
			case 'statements-removed': return `${p.count} statement(s) removed`;
			case 'statements-added': return `${p.count} statement(s) added`;
			case 'statements-moved': return `${p.count} statement(s) moved between levels`;
			case 'statements-reworded': return `${p.count} statement(s) reworded`;
		}
	},
};

export const englishDiff = {
	'diff.noChange': () => 'No change to the content.',
	'diff.bump': (p: { implied: Bump; reasons: string[]; declared: Bump | 'downgrade' }) =>
		`The changes imply a **${p.implied}** version bump (${p.reasons.join('; ')}); the file declares ${p.declared === 'none' ? 'no bump' : p.declared === 'downgrade' ? 'a lower version' : `a ${p.declared} bump`}.`,
	'diff.levels': () => 'Levels',
	'diff.competencies': () => 'Competencies',
	'diff.statements': () => 'Behaviour statements',
	'diff.added': (p: { title: string; id: string }) => `Added **${p.title}** (\`${p.id}\`)`,
	'diff.removed': (p: { title: string; id: string }) => `Removed **${p.title}** (\`${p.id}\`)`,
	'diff.reordered': () => 'Levels reordered',
	'diff.eachLevel': (p: { to: 'adds-to-below' | 'replaces-below' }) =>
		p.to === 'replaces-below' ? 'Each level\'s statements now replace those of the level below (`eachLevel: replaces-below`)' : 'Each level\'s statements now add to those of the level below (`eachLevel: adds-to-below`)',
	'diff.rewritten': (p: { fields: string[] }) => `${p.fields.join(', ')} rewritten`,
	'diff.fieldsChanged': (p: { fields: string[] }) => `${p.fields.join(', ')} changed`,
	'diff.decisionAdded': (p: { text: string }) => `now decides alone: ${p.text}`,
	'diff.decisionRemoved': (p: { text: string }) => `no longer decides alone: ${p.text}`,
	'diff.decisionReworded': (p: { from: string; to: string; limit: string | null }) => `decides alone: reworded ${p.from} → ${p.to}${p.limit ? `, ${p.limit}` : ''}`,
	'diff.decisionLimit': (p: { text: string; limit: string }) => `decides alone: ${p.text}, ${p.limit}`,
	'diff.limit': (p: { from: string | null; to: string | null }) => `limit ${p.from ?? 'none'} → ${p.to ?? 'none'}`,
	'diff.outOfScope': (p: { text: string }) => `out of scope: ${p.text}`,
	'diff.noLongerOutOfScope': (p: { text: string }) => `no longer out of scope: ${p.text}`,
	'diff.escalates': (p: { text: string }) => `escalates when: ${p.text}`,
	'diff.noLongerEscalates': (p: { text: string }) => `no longer escalates when: ${p.text}`,
	'diff.statementAdded': (p: { text: string }) => `added ${p.text}`,
	'diff.statementRemoved': (p: { text: string }) => `removed ${p.text}`,
	'diff.statementReworded': (p: { from: string; to: string }) => `reworded ${p.from} → ${p.to}`,
	'diff.statementMoved': (p: { level: string; from: string | null; to: string | null }) =>
		`moved here from ${p.level}${p.to !== null ? `, reworded ${p.from} → ${p.to}` : ''}`,
	'diff.quote': (p: { text: string }) => `“${p.text}”`,
};

type Param<F> = F extends (p: infer P) => string ? (unknown extends P ? Record<never, never> : P) : never;
type DiffWords = typeof englishDiff & typeof englishBumpReason;
export type DiffParams = { [K in keyof DiffWords]: Param<DiffWords[K]> };
