import { Document, isSeq, Scalar, visit, type Node } from 'yaml';
import { say, type Catalog } from '../messages/catalog.ts';
import type { ImportParams } from '../messages/import-english.ts';
import type { LadderComments, LadderData } from './build-ladder.ts';

export interface WriteOptions {
	/** The file the ladder was imported from, named in the first comment. */
	file: string;
	/** The JSON Schema an editor should check the file with (the modeline), such as `../schemas/ladder.schema.json`. */
	schema?: string;
	/** The comments' words: `englishImport`, or a caller's catalog completed with it. */
	messages: Catalog<keyof ImportParams>;
}

/**
 * The ladder file's text: the editor's schema modeline, comments on where it came from and what is
 * worth adding (only what it lacks), then the data, with a comment above each competency whose
 * category or sharing could not be settled. The `yaml` library writes the values, so every text is
 * quoted as YAML needs, whatever it holds.
 */
export function ladderYaml(ladder: LadderData, comments: LadderComments, options: WriteOptions): string {
	const { messages } = options;
	const levels = ladder.levels;
	const lacks = {
		summary: ladder.summary === undefined,
		narrative: levels.some((l) => l.summary === undefined || l.scope === undefined || l.ownership === undefined || l.initiative === undefined),
		authority: levels.some((l) => l.authority === undefined),
		description: ladder.competencies.some((c) => c.description === undefined),
	};
	const top = [
		...(options.schema ? [`yaml-language-server: $schema=${options.schema}`, ''] : []),
		say(messages, 'import.comment.source', { file: options.file }),
		...(Object.values(lacks).some(Boolean) ? [say(messages, 'import.comment.worthAdding', {})] : []),
		...(lacks.summary ? [say(messages, 'import.comment.summary', {})] : []),
		...(lacks.narrative ? [say(messages, 'import.comment.narrative', {})] : []),
		...(lacks.authority ? [say(messages, 'import.comment.authority', {})] : []),
		...(lacks.description ? [say(messages, 'import.comment.description', {})] : []),
		say(messages, 'import.comment.ids', {}),
		...(ladder.eachLevel === 'replaces-below' ? [say(messages, 'import.comment.replaces', {})] : []),
	];
	const doc = new Document(ladder);
	// A comment line is written as `#` and the line: a space first reads as every other comment does.
	doc.commentBefore = top.map((line) => (line === '' ? '' : ` ${line}`)).join('\n');
	// Long texts as folded blocks (`>-`), as ladders are written by hand; one with a line break or
	// edge spaces stays quoted, where a block scalar could not hold it exactly.
	visit(doc, {
		Scalar(_key, node) {
			const value = node.value;
			if (typeof value === 'string' && value.length > 80 && !/\n|^\s|\s$/.test(value)) node.type = Scalar.BLOCK_FOLDED;
		},
	});
	const list = doc.get('competencies', true);
	if (isSeq(list)) {
		list.items.forEach((node, i) => {
			const lines = comments.competencies.get(String(ladder.competencies[i]!.id)) ?? [];
			if (lines.length > 0) (node as Node).commentBefore = lines.map((c) => ` ${say(messages, c.code, c.params as never)}`).join('\n');
		});
	}
	return doc.toString({ lineWidth: 100, minContentWidth: 40 });
}
