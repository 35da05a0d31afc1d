import type { DraftCompetency, DraftDecision, DraftLevel, DraftStatement, ImportReport, LadderDraft, Origin } from './draft.ts';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);
const list = (value: unknown): Json[] => (Array.isArray(value) ? value.filter(isObject) : []);
const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.flatMap((v) => text(v) ?? []) : []);
const byPosition = (key: string) => (a: Json, b: Json) => Number(a[key] ?? 0) - Number(b[key] ?? 0);
const ADOPTION = { Draft: 'draft', Adopted: 'published', Deprecated: 'deprecated' } as const;
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

/** The id after the document code in a Rungs export's `humanCodingScheme` (`SR.senior` → `senior`). */
const codedId = (item: Json | undefined): string | undefined => {
	const code = text(item?.humanCodingScheme);
	return code?.includes('.') ? code.slice(code.indexOf('.') + 1) : undefined;
};

/**
 * A level item's narrative from Rungs' export, which writes the summary, then `Scope: `,
 * `Ownership: ` and `Initiative: ` lines; any other text is the summary as it stands.
 */
function narrative(full: string | undefined): Pick<DraftLevel, 'summary' | 'scope' | 'ownership' | 'initiative'> {
	if (!full) return {};
	// Line by line, not one pattern: lazy groups across lines backtrack polynomially on hostile text.
	const parts: Record<'summary' | 'scope' | 'ownership' | 'initiative', string[]> = { summary: [], scope: [], ownership: [], initiative: [] };
	const labels = [['Scope: ', 'scope'], ['Ownership: ', 'ownership'], ['Initiative: ', 'initiative']] as const;
	let current: keyof typeof parts = 'summary';
	for (const line of full.split('\n')) {
		const label = labels.find(([prefix]) => line.startsWith(prefix));
		if (label) current = label[1];
		parts[current].push(label ? line.slice(label[0].length) : line);
	}
	// Rungs' export writes `undefined` for a part a level does not have.
	const real = (lines: string[]) => {
		const value = lines.join('\n').trim();
		return value && value !== 'undefined' ? value : undefined;
	};
	const out: Pick<DraftLevel, 'summary' | 'scope' | 'ownership' | 'initiative'> = {};
	for (const key of Object.keys(parts) as Array<keyof typeof parts>) {
		const value = real(parts[key]);
		if (value) out[key] = value;
	}
	return out;
}

function authority(value: unknown): Pick<DraftLevel, 'decideAlone' | 'outOfScope' | 'escalateWhen' | 'tooSafe'> {
	if (!isObject(value)) return {};
	const decideAlone: DraftDecision[] = list(value.decideAlone).flatMap((d) => {
		const said = text(d.text);
		return said ? [{ text: said, ...(text(d.id) ? { id: text(d.id)! } : {}), ...(text(d.limit) ? { limit: text(d.limit)! } : {}) }] : [];
	});
	return { decideAlone, outOfScope: strings(value.outOfScope), escalateWhen: strings(value.escalateWhen), tooSafe: strings(value.tooSafe) };
}

/**
 * A 1EdTech CASE 1.1 CFPackage read as a ladder. Any CASE package with a rubric reads: its first
 * CFRubric is the grid (a criterion per competency, a criterion level per career level, titled by
 * `quality`, each level's statements one per line in `description`). A package Rungs exported
 * (`frameworkType: career-ladder`) gives back the rest from its items: ids, bands, the levels'
 * narrative and authority, each statement with its id, shared and required competencies.
 */
export function readCase(data: unknown, report: ImportReport): LadderDraft | undefined {
	if (!isObject(data) || !isObject(data.CFDocument)) {
		report.add('IMPORT_CASE_UNREADABLE', { reason: 'document' }, { path: [] });
		return undefined;
	}
	const document = data.CFDocument;
	const rubricIndex = list(data.CFRubrics).findIndex((r) => list(r.CFRubricCriteria).length > 0);
	if (rubricIndex === -1) {
		report.add('IMPORT_CASE_UNREADABLE', { reason: 'rubric' }, { path: ['CFRubrics'] });
		return undefined;
	}
	const ours = document.frameworkType === 'career-ladder';
	const items = new Map(list(data.CFItems).flatMap((item) => (typeof item.identifier === 'string' ? [[item.identifier, item] as const] : [])));
	const parents = new Map<string, string>();
	for (const association of list(data.CFAssociations)) {
		const origin = isObject(association.originNodeURI) ? association.originNodeURI.identifier : undefined;
		const destination = isObject(association.destinationNodeURI) ? association.destinationNodeURI.identifier : undefined;
		if (association.associationType === 'isChildOf' && typeof origin === 'string' && typeof destination === 'string') parents.set(origin, destination);
	}
	const levelItems = [...items.values()].filter((item) => item.CFItemType === 'Career Level');

	const criteria = list(list(data.CFRubrics)[rubricIndex]!.CFRubricCriteria).sort(byPosition('position'));
	// The levels: a criterion has a rubric level only where its competency applies, so every criterion
	// is read, and the levels are ordered by score (their rank), as titled by `quality`.
	const seen = new Map<string, { score: number; at: Origin }>();
	criteria.forEach((criterion, c) =>
		list(criterion.CFRubricCriterionLevels).forEach((criterionLevel, l) => {
			const title = text(criterionLevel.quality);
			const score = Number(criterionLevel.score ?? criterionLevel.position ?? l + 1);
			if (title && !seen.has(title)) seen.set(title, { score: Number.isFinite(score) ? score : l + 1, at: { path: ['CFRubrics', rubricIndex, 'CFRubricCriteria', c, 'CFRubricCriterionLevels', l] } });
		}),
	);
	const levels: DraftLevel[] = [...seen.entries()]
		.sort((a, b) => a[1].score - b[1].score)
		.map(([title, { at }]) => {
			const item = levelItems.find((l) => text(l.abbreviatedStatement) === title);
			const extensions = isObject(item?.extensions) ? item.extensions : {};
			return {
				title,
				at,
				...(ours && codedId(item) ? { id: codedId(item)! } : {}),
				...(text(extensions.band) ? { band: text(extensions.band)! } : {}),
				// A level with no narrative is exported with its title as its statement: no summary.
				...(item && text(item.fullStatement) !== title ? narrative(text(item.fullStatement)) : {}),
				...authority(extensions.authority),
			};
		});

	const competencies: DraftCompetency[] = criteria.flatMap((criterion, c) => {
		const at = { path: ['CFRubrics', rubricIndex, 'CFRubricCriteria', c] };
		const itemId = isObject(criterion.CFItemURI) ? criterion.CFItemURI.identifier : undefined;
		const item = typeof itemId === 'string' ? items.get(itemId) : undefined;
		const name = text(item?.abbreviatedStatement) ?? text(isObject(criterion.CFItemURI) ? criterion.CFItemURI.title : undefined) ?? text(item?.fullStatement);
		if (!name) return [];
		const extensions = isObject(item?.extensions) ? item.extensions : {};
		// Rungs' own statements are items under the competency: each with its id and level.
		const statementItems = [...items.values()].filter((s) => s.CFItemType === 'Behavioral Indicator' && typeof itemId === 'string' && parents.get(String(s.identifier)) === itemId);
		const criterionLevels = list(criterion.CFRubricCriterionLevels).sort(byPosition('position'));
		const cells: DraftStatement[][] = levels.map((level) => {
			if (ours && statementItems.length > 0) {
				return statementItems.flatMap((s) => {
					const ext = isObject(s.extensions) ? s.extensions : {};
					const said = text(s.fullStatement);
					return ext.level === level.id && said ? [{ text: said, ...(text(ext.statement) ? { id: text(ext.statement)! } : {}) }] : [];
				});
			}
			const criterionLevel = criterionLevels.find((x) => text(x.quality) === level.title);
			return (text(criterionLevel?.description) ?? '').split('\n').flatMap((line) => (line.trim() ? [{ text: line.trim() }] : []));
		});
		if (cells.every((cell) => cell.length === 0)) {
			report.add('IMPORT_NO_STATEMENTS', { name }, at);
			return [];
		}
		const description = ours ? text(item?.fullStatement) : (text(criterion.description) ?? (item?.abbreviatedStatement ? text(item.fullStatement) : undefined));
		const category = text(criterion.category);
		const weight = typeof extensions.weight === 'number' ? extensions.weight : typeof criterion.weight === 'number' && ours ? criterion.weight : undefined;
		return [
			{
				name,
				at,
				...(ours && codedId(item) ? { id: codedId(item)! } : {}),
				...(category ? { category: { text: category, at: { path: [...at.path, 'category'] } } } : {}),
				...(description && description !== name ? { description } : {}),
				...(extensions.shared === true ? { shared: true } : {}),
				...(extensions.required === true ? { required: true } : {}),
				...(weight !== undefined ? { weight } : {}),
				...(strings(extensions.evidenceExamples).length > 0 ? { evidenceExamples: strings(extensions.evidenceExamples) } : {}),
				// Where a Rungs ladder's competency applies, when at fewer levels than all (its rubric says only where it has statements).
				...(ours && strings(extensions.levels).length > 0 ? { levels: strings(extensions.levels) } : {}),
				cells,
			},
		];
	});

	const license = list(isObject(data.CFDefinitions) ? data.CFDefinitions.CFLicenses : undefined)[0];
	// Rungs' export names the licence's id in brackets: "Licensed under … (CC-BY-4.0): https://…".
	const licenseId = /\(([^()\s]+)\):/.exec(text(license?.licenseText) ?? '')?.[1] ?? text(license?.title);
	// Rungs' export dates a ladder with no `updated` 1970-01-01 (CASE requires a date): that is no date.
	const dated = /^\d{4}-\d{2}-\d{2}/.exec(text(document.lastChangeDateTime) ?? '')?.[0];
	const updated = dated === '1970-01-01' && ours ? undefined : dated;
	const status = ADOPTION[document.adoptionStatus as keyof typeof ADOPTION];
	// Rungs' export lists the sources in the notes: "Sources: Title <https://…>; Other title".
	const sources = /^Sources: (.+)$/s.exec(text(document.notes) ?? '')?.[1]!.split('; ').flatMap((source) => {
		const linked = /^(.*\S)\s+<(https?:\/\/[^\s<>]+)>$/.exec(source.trim());
		const title = (linked?.[1] ?? source).trim();
		return title ? [{ title, ...(linked ? { url: linked[2]! } : {}) }] : [];
	});
	const eachLevel = isObject(document.extensions) ? document.extensions.eachLevel : undefined;
	return {
		...(text(document.title) ? { title: text(document.title)! } : {}),
		...(text(document.description) ? { summary: text(document.description)! } : {}),
		...(SEMVER.test(text(document.version) ?? '') ? { version: text(document.version)! } : {}),
		...(status ? { status } : {}),
		...(updated ? { updated } : {}),
		...(licenseId ? { license: licenseId } : {}),
		...(sources?.length ? { sources } : {}),
		...(eachLevel === 'adds-to-below' || eachLevel === 'replaces-below' ? { eachLevel } : {}),
		levels,
		competencies,
	};
}
