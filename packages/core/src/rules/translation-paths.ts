import type { DataPath } from '../diagnostics/problem.ts';
import type { TranslationEntry } from '../schema/translation.ts';

/*
 * Between a translation file's keys (ids) and its source file's data (lists of things with ids):
 * where a unit's text is in the source file, for a warning located there, and which entries a
 * translation file holds, for the check against the units.
 */

type Node = unknown;
const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Where `statements.<id>` is in a competency as written: under `expectations`, per level or band. */
function statementPath(competency: Node, id: string): DataPath | undefined {
	const expectations = isObject(competency) ? competency.expectations : undefined;
	if (!isObject(expectations)) return undefined;
	for (const [level, list] of Object.entries(expectations)) {
		if (!Array.isArray(list)) continue;
		const index = list.findIndex((s) => isObject(s) && s.id === id);
		// A plain-string statement is its text; a written `{ id, text }` has it under `text`.
		if (index !== -1) return isObject(list[index]) && (list[index] as { derivedId?: unknown }).derivedId ? ['expectations', level, index] : ['expectations', level, index, 'text'];
	}
	return undefined;
}

/**
 * The data path, in the source file, of the text a unit translates; `value` is the source file's
 * value with every statement's id (a plain string's derived). Where a step is not found, the path
 * so far: the warning then points at the nearest thing that holds the text.
 */
export function sourcePathOf(value: Node, unitPath: DataPath): DataPath {
	const out: Array<string | number> = [];
	let node: Node = value;
	for (let i = 0; i < unitPath.length; i++) {
		const segment = unitPath[i]!;
		if (segment === 'statements' && typeof unitPath[i + 1] === 'string') {
			const found = statementPath(node, unitPath[i + 1] as string);
			return found ? [...out, ...found] : out;
		}
		// `scale.<id>` in a translation is `scale.values[n]` in framework.yaml.
		if (segment === 'scale' && isObject(node) && isObject(node.scale)) {
			out.push('scale', 'values');
			node = node.scale.values;
			continue;
		}
		if (Array.isArray(node) && typeof segment === 'string') {
			const index = node.findIndex((item) => isObject(item) && item.id === segment);
			if (index === -1) return out;
			out.push(index);
			node = node[index];
		} else if (isObject(node) && typeof segment === 'string' && Object.hasOwn(node, segment)) {
			out.push(segment);
			node = node[segment];
		} else if (Array.isArray(node) && typeof segment === 'number' && segment < node.length) {
			out.push(segment);
			node = node[segment];
		} else return out;
	}
	return out;
}

const isEntry = (value: unknown): value is TranslationEntry => isObject(value) && typeof value.source === 'string';

/** Keys of a translation file that are about the file, not entries. */
const HEAD = new Set(['$schema', 'format', 'language', 'ladder', 'framework', 'shared-competencies', 'career-paths']);

/** Every entry a translation file holds, with its path: the schema fixed where entries may be. */
export function entriesOf(data: Node): Array<{ path: Array<string | number>; entry: TranslationEntry }> {
	const found: Array<{ path: Array<string | number>; entry: TranslationEntry }> = [];
	const walk = (node: Node, path: Array<string | number>) => {
		if (isEntry(node)) found.push({ path, entry: node });
		else if (Array.isArray(node)) node.forEach((item, i) => walk(item, [...path, i]));
		else if (isObject(node)) for (const [key, item] of Object.entries(node)) if (path.length > 0 || !HEAD.has(key)) walk(item, [...path, key]);
	};
	walk(data, []);
	return found;
}

/** A text as the staleness check compares it: whitespace runs as one space, trimmed (folded YAML and plain lines alike). */
export const normaliseText = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** A path in a translation file as a reader writes it: `levels.senior.title`, `authority.tooSafe[2]`. */
export function entryName(path: DataPath): string {
	let name = '';
	for (const segment of path) name += typeof segment === 'number' ? `[${segment}]` : name === '' ? segment : `.${segment}`;
	return name;
}
