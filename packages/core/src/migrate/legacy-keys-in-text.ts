// reads the key an assessment had before "ladder" (issue #13).
import { isMap, isScalar, parseDocument, type Node, type YAMLMap } from 'yaml';
import { LEGACY_LADDER_KEY } from '../model/legacy-names.ts';

/** The key node of `matrix:` in a mapping that has no `ladder:` yet. */
function oldKeyIn(map: unknown): Node | undefined {
	if (!isMap(map)) return undefined;
	const keys = (map as YAMLMap).items.map((pair) => pair.key);
	if (keys.some((key) => isScalar(key) && key.value === 'ladder')) return undefined;
	const old = keys.find((key) => isScalar(key) && key.value === LEGACY_LADDER_KEY);
	return old && isScalar(old) && old.range ? old : undefined;
}

/**
 * An assessment's text with the key it had before the rename, `matrix:` (at the top and in
 * `target`), renamed `ladder:` where it stands: comments, order and layout stay. Text with
 * nothing old, or that is not YAML, comes back as it was.
 */
export function renameLegacyKeys(text: string): string {
	const doc = parseDocument(text);
	if (doc.errors.length > 0 || !isMap(doc.contents)) return text;
	const top = doc.contents as YAMLMap;
	const target = top.items.find((pair) => isScalar(pair.key) && pair.key.value === 'target')?.value;
	const found = [oldKeyIn(top), oldKeyIn(target)].filter((key): key is Node => key !== undefined);
	// Right to left, so each range still points where it did.
	return found
		.map((key) => key.range!)
		.sort((a, b) => b[0] - a[0])
		.reduce((out, [start, end]) => `${out.slice(0, start)}ladder${out.slice(end)}`, text);
}
