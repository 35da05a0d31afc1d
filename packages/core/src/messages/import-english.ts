/**
 * The comments `importLadder` writes into a ladder it makes, in English: where it came from, and
 * what is worth adding that a spreadsheet does not hold. Each line is one comment line.
 */
export const englishImport = {
	'import.comment.source': (p: { file: string }) => `Imported from ${p.file} by \`rungs import\`; check it, then edit it as any ladder.`,
	'import.comment.worthAdding': () => 'Worth adding where you have it (the framework\'s rules say what is required):',
	'import.comment.summary': () => '  summary: what people in this role do and how the ladder grows',
	'import.comment.narrative': () => '  on each level: summary, scope, ownership and initiative',
	'import.comment.authority': () => '  on each level: authority (decideAlone, outOfScope, escalateWhen)',
	'import.comment.description': () => '  on each competency: a description, and evidenceExamples',
	'import.comment.ids': () => 'Ids were made from titles and texts. Keep an id when you reword its text, so assessments follow it.',
	'import.comment.replaces': () => 'Each level\'s statements replace those of the level below, as in the spreadsheet\'s columns.',
	'import.comment.category': (p: { name: string; used: string }) => `The file says category "${p.name}", which framework.yaml does not declare: filed under ${p.used}.`,
	'import.comment.shared': (p: { name: string }) => `Marked shared in the file, but the framework has no shared competency "${p.name}".`,
};

type Param<F> = F extends (p: infer P) => string ? (unknown extends P ? Record<never, never> : P) : never;
export type ImportParams = { [K in keyof typeof englishImport]: Param<(typeof englishImport)[K]> };
