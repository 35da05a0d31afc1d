import { Document, isCollection, isMap, isScalar, type Node } from 'yaml';
import type { Problem, SourceFile } from '../diagnostics/problem.ts';
import { fail, succeed, type Result } from '../diagnostics/result.ts';
import type { Framework, FrameworkData } from '../model/framework.ts';
import { targetKey, targetName, translationUnits, type TranslationTarget, type TranslationUnit } from '../model/translation-units.ts';
import { entriesOf, normaliseText } from '../rules/translation-paths.ts';
import { TRANSLATION_FORMAT } from '../schema/translation.ts';
import { parseSource } from '../source/parse-yaml.ts';

/** One translation file as `rungs translate` leaves it. */
export interface TranslationFileUpdate {
	/** Its name in `i18n/<language>/`, such as `support-representative.yaml`. */
	name: string;
	/** The whole text to write. */
	text: string;
	/** Entries added, each with its `source` and an empty `text` to fill in. */
	added: number;
	/** Entries already there and current, kept as they were. */
	kept: number;
	/** Entries already there but made from an older source text: left as they are, for a person to update. */
	stale: number;
	/**
	 * Entries that translate nothing of the source any more (a competency, statement or level it
	 * removed): taken out with `prune`, counted (and kept) without it.
	 */
	removed: number;
	/**
	 * True for a file that translates nothing this framework has (a ladder that was removed or
	 * renamed): with `prune` it is to be deleted (`text` is empty), without it left as it is.
	 */
	obsolete?: true;
	/** False when the file exists and has every entry already: there is nothing to write. */
	changed: boolean;
}

export interface TranslationFilesOptions {
	/** The `$schema` address for the editor modeline of a new file (default: the published translation schema). */
	schema?: string;
	/**
	 * Take out what translates nothing of the source any more: entries of removed ids (which the
	 * validator reports as TRANSLATION_UNKNOWN, blocking the ladders until they go) and whole files
	 * of removed ladders. Default false: nothing a translator wrote is removed unless asked.
	 */
	prune?: boolean;
}

/** Longer texts are written `>-` folded, as the source files write them. */
const FOLD_FROM = 72;

function entryNode(doc: Document, text: string): Node {
	const node = doc.createNode({ source: text, text: '' });
	if (isMap(node)) {
		const source = node.get('source', true);
		if (isScalar(source) && text.length > FOLD_FROM && !text.includes('\n')) source.type = 'BLOCK_FOLDED';
		const empty = node.get('text', true);
		if (isScalar(empty)) empty.type = 'QUOTE_SINGLE';
	}
	return node;
}

/** The key that says what a new file translates, and its value. */
const head = (target: TranslationTarget, framework: FrameworkData): [string, string | boolean] =>
	target.kind === 'ladder' ? ['ladder', target.id] : target.kind === 'framework' ? ['framework', framework.id] : [target.kind, true];

function update(target: TranslationTarget, units: readonly TranslationUnit[], framework: FrameworkData, language: string, existing: SourceFile | undefined, options: TranslationFilesOptions): TranslationFileUpdate | Problem[] {
	const name = `${targetName(target)}.yaml`;
	let doc: Document;
	let data: unknown;
	let modeline = '';
	if (existing) {
		const { parsed, problems } = parseSource(existing);
		// A file that does not parse is not rewritten: its problems say what to fix first.
		if (problems.some((p) => p.severity === 'error')) return problems;
		doc = parsed.doc;
		data = parsed.data;
	} else {
		doc = new Document({});
		doc.set('format', TRANSLATION_FORMAT);
		doc.set('language', language);
		const [key, value] = head(target, framework);
		doc.set(key, value);
		modeline = `# yaml-language-server: $schema=${options.schema ?? 'https://rungs.dev/schemas/translation.schema.json'}\n`;
	}
	const counts = { added: 0, kept: 0, stale: 0, removed: existing ? removeUnknown(doc, data, units, options.prune ?? false) : 0 };
	for (const unit of units) {
		const found = doc.getIn(unit.path, true);
		if (isMap(found) && found.has('source')) {
			const source = found.get('source');
			if (typeof source === 'string' && normaliseText(source) !== normaliseText(unit.text)) counts.stale++;
			else counts.kept++;
			continue;
		}
		doc.setIn(unit.path, entryNode(doc, unit.text));
		counts.added++;
	}
	const changed = !existing || counts.added > 0 || (options.prune === true && counts.removed > 0);
	const text = changed ? modeline + doc.toString({ lineWidth: 100 }) : existing.text;
	return { name, text, changed, ...counts };
}

/** JSON paths in reverse order: a list's later items go before its earlier ones, so deleting keeps positions. */
const deepestLast = (a: ReadonlyArray<string | number>, b: ReadonlyArray<string | number>): number => {
	for (let i = 0; i < Math.min(a.length, b.length); i++) {
		if (a[i] === b[i]) continue;
		return typeof a[i] === 'number' && typeof b[i] === 'number' ? (b[i] as number) - (a[i] as number) : String(b[i]).localeCompare(String(a[i]));
	}
	return b.length - a.length;
};

/**
 * Counts the entries of a translation that name nothing of the source (an id it removed, a list
 * item past its end) and, when `prune` is set, deletes them with the mappings and lists they leave
 * empty. Returns how many there are. `data` is the document's plain data, already read by the parse.
 */
function removeUnknown(doc: Document, data: unknown, units: readonly TranslationUnit[], prune: boolean): number {
	const wanted = new Set(units.map((unit) => JSON.stringify(unit.path)));
	const extra = entriesOf(data as never)
		.map(({ path }) => path)
		.filter((path) => !wanted.has(JSON.stringify(path)));
	if (!prune) return extra.length;
	for (const path of extra.sort(deepestLast)) {
		doc.deleteIn(path);
		for (let parent = path.slice(0, -1); parent.length > 0; parent = parent.slice(0, -1)) {
			const node = doc.getIn(parent, true);
			if (!isCollection(node) || node.items.length > 0) break;
			doc.deleteIn(parent);
		}
	}
	return extra.length;
}

/**
 * The translation files of one language, written or refreshed for a translator: every text of the
 * framework gets an entry with its `source` and an empty `text`, in the file of what it translates
 * (`framework.yaml`, `shared-competencies.yaml`, `career-paths.yaml`, one per ladder, named after
 * its id). Existing files keep every entry, comment and translation; only missing entries are
 * added. A stale entry (its `source` is older than the text) stays as it is: a person decides the
 * new translation. Files that do not parse are reported, not rewritten. Entries of ids the source
 * removed, and files of removed ladders (`obsolete`), are counted in `removed`; `prune` takes them out.
 *
 * @example
 * const files = translationFiles(framework, 'fr', []); // no French file yet: skeletons of every one
 * if (files.ok) for (const file of files.value.filter((f) => f.changed)) await writeFile(`fr-${file.name}`, file.text);
 */
export function translationFiles(framework: Framework, language: string, existing: readonly SourceFile[], options: TranslationFilesOptions = {}): Result<TranslationFileUpdate[]> {
	const data = framework as FrameworkData;
	const byTarget = new Map<string, { target: TranslationTarget; units: TranslationUnit[] }>();
	for (const unit of translationUnits(structuredClone(data))) {
		if (unit.mirror) continue;
		const key = targetKey(unit.target);
		const group = byTarget.get(key) ?? { target: unit.target, units: [] };
		group.units.push(unit);
		byTarget.set(key, group);
	}
	const named = new Map(existing.map((file) => [file.path.split(/[\\/]/).pop()!, file]));
	const wanted = new Set([...byTarget.values()].map(({ target }) => targetName(target)));
	const updates: TranslationFileUpdate[] = [];
	const problems: Problem[] = [];
	for (const { target, units } of byTarget.values()) {
		const result = update(target, units, data, language, named.get(`${targetName(target)}.yaml`), options);
		if (Array.isArray(result)) problems.push(...result);
		else updates.push(result);
	}
	// A file named after nothing of the framework (a removed or renamed ladder) translates nothing.
	for (const [name, file] of named) {
		if (wanted.has(name.replace(/\.ya?ml$/i, ''))) continue;
		const { parsed, problems: unreadable } = parseSource(file);
		const entries = unreadable.some((p) => p.severity === 'error') ? 0 : entriesOf(parsed.data as never).length;
		const prune = options.prune === true;
		updates.push({ name, text: prune ? '' : file.text, added: 0, kept: 0, stale: 0, removed: entries, obsolete: true, changed: prune });
	}
	return problems.length > 0 ? fail(problems) : succeed(updates);
}
