import { v5 as uuidv5 } from 'uuid';
import type { Framework, Ladder } from '../model/framework.ts';

/** Rungs' own UUID namespace: identifiers derived from it are stable across exports. */
export const RUNGS_UUID_NAMESPACE = 'e9874e82-7926-5cad-86f1-f1f0fdf70c4a'; // UUIDv5 of the DNS name rungs.dev

export interface CaseOptions {
	/** Where the CASE resources are published; URIs are `<base>/case/v1p1/<kind>/<uuid>`. */
	baseUrl?: string;
	/** The organisation that promulgates the framework (CASE `creator`). */
	creator?: string;
}

type Json = Record<string, unknown>;

const LICENSES: Record<string, { title: string; url: string }> = {
	'CC-BY-4.0': { title: 'Creative Commons Attribution 4.0 International', url: 'https://creativecommons.org/licenses/by/4.0/' },
	'CC-BY-SA-4.0': { title: 'Creative Commons Attribution-ShareAlike 4.0 International', url: 'https://creativecommons.org/licenses/by-sa/4.0/' },
	'CC0-1.0': { title: 'Creative Commons Zero 1.0 Universal', url: 'https://creativecommons.org/publicdomain/zero/1.0/' },
	MIT: { title: 'MIT License', url: 'https://opensource.org/licenses/MIT' },
};

const ITEM_TYPES = {
	level: ['Career Level', 'A level of a career ladder, defined by scope, ownership and initiative.'],
	category: ['Competency Category', 'A group of related competencies.'],
	competency: ['Competency', 'A competency, described by behaviour at each level.'],
	statement: ['Behavioral Indicator', 'An observable behaviour expected at a level.'],
} as const;

/** A level's CASE statement: its narrative, the parts the ladder writes; its title when it writes none. */
function levelStatement(level: Ladder['levels'][number]): string {
	const parts = [level.summary, level.scope && `Scope: ${level.scope}`, level.ownership && `Ownership: ${level.ownership}`, level.initiative && `Initiative: ${level.initiative}`];
	const written = parts.filter((part): part is string => part !== undefined);
	return written.length > 0 ? written.join('\n') : level.title;
}

/**
 * A ladder as a 1EdTech CASE 1.1 CFPackage: the ladder is the CFDocument; levels, categories,
 * competencies and behaviour statements are CFItems linked by CFAssociations (`isChildOf`,
 * `precedes` between levels, `isRelatedTo` from each statement to its level); one CFRubric carries the
 * competency × level grid. Identifiers are UUIDv5 from stable ids, so a re-export is identical.
 * Rungs-specific data (bands, decision authority, a competency's `levels`, a ladder's `eachLevel`) travels in `extensions`.
 *
 * @example
 * const cfPackage = ladderToCase(framework, ladder, { baseUrl: 'https://ladders.example.com' });
 */
export function ladderToCase(framework: Framework, ladder: Ladder, options: CaseOptions = {}): Json {
	// Trailing slashes cut by hand: the pattern `/\/+$/` backtracks quadratically on a run of slashes.
	let base = options.baseUrl ?? 'https://rungs.dev';
	while (base.endsWith('/')) base = base.slice(0, -1);
	// CASE requires a change date on everything; a ladder without `updated` gets a fixed one, so a
	// re-export stays identical.
	const changed = `${ladder.updated ?? '1970-01-01'}T00:00:00+00:00`;
	const id = (key: string) => uuidv5(`${ladder.id}/${key}`, RUNGS_UUID_NAMESPACE);
	const uri = (kind: string, identifier: string) => `${base}/case/v1p1/${kind}/${identifier}`;
	const link = (kind: string, identifier: string, title: string) => ({ title, identifier, uri: uri(kind, identifier) });

	// A ladder (and framework) with no licence: the package names none (`licenseURI` is optional in CASE).
	const license = ladder.license === undefined ? undefined : (LICENSES[ladder.license] ?? { title: ladder.license, url: `${base}/license` });
	const licenseId = id(`license/${ladder.license ?? ''}`);
	const documentId = id('document');
	const documentLink = link('CFDocuments', documentId, ladder.title);
	const typeIds = Object.fromEntries(Object.keys(ITEM_TYPES).map((k) => [k, id(`item-type/${k}`)])) as Record<keyof typeof ITEM_TYPES, string>;
	const code = ladder.id.split('-').map((w) => w[0]!.toUpperCase()).join('');

	const items: Json[] = [];
	const associations: Json[] = [];
	const item = (key: string, type: keyof typeof ITEM_TYPES, fields: Json) => {
		const identifier = id(`item/${key}`);
		items.push({
			identifier,
			uri: uri('CFItems', identifier),
			CFItemType: ITEM_TYPES[type][0],
			CFItemTypeURI: link('CFItemTypes', typeIds[type], ITEM_TYPES[type][0]),
			language: 'en',
			lastChangeDateTime: changed,
			...fields,
		});
		return link('CFItems', identifier, String(fields.abbreviatedStatement ?? fields.fullStatement).slice(0, 120));
	};
	const associate = (type: string, origin: Json, destination: Json, sequenceNumber?: number) => {
		const identifier = id(`association/${type}/${String(origin.identifier)}/${String(destination.identifier)}`);
		associations.push({
			identifier,
			associationType: type,
			uri: uri('CFAssociations', identifier),
			originNodeURI: origin,
			destinationNodeURI: destination,
			lastChangeDateTime: changed,
			...(sequenceNumber !== undefined ? { sequenceNumber } : {}),
		});
	};

	const levelLinks = ladder.levels.map((level, i) => {
		const levelLink = item(`level/${level.id}`, 'level', {
			fullStatement: levelStatement(level),
			abbreviatedStatement: level.title,
			humanCodingScheme: `${code}.${level.id}`,
			listEnumeration: String(i + 1),
			extensions: { ...(level.band === undefined ? {} : { band: level.band }), ...(level.authority ? { authority: level.authority } : {}) },
		});
		associate('isChildOf', levelLink, documentLink, i + 1);
		return levelLink;
	});
	levelLinks.slice(1).forEach((next, i) => associate('precedes', levelLinks[i]!, next));

	const usedCategories = framework.categories.filter((c) => ladder.competencies.some((x) => x.category === c.id));
	const categoryLinks = new Map(
		usedCategories.map((category, i) => {
			const categoryLink = item(`category/${category.id}`, 'category', { fullStatement: category.description ?? category.name, abbreviatedStatement: category.name, humanCodingScheme: `${code}.${category.id}` });
			associate('isChildOf', categoryLink, documentLink, levelLinks.length + i + 1);
			return [category.id, categoryLink] as const;
		}),
	);

	const criteria: Json[] = [];
	const rubricId = id('rubric');
	ladder.competencies.forEach((competency, position) => {
		const competencyLink = item(`competency/${competency.id}`, 'competency', {
			fullStatement: competency.description ?? competency.name,
			abbreviatedStatement: competency.name,
			humanCodingScheme: `${code}.${competency.id}`,
			conceptKeywords: [competency.category],
			extensions: {
				shared: competency.shared,
				required: competency.required,
				weight: competency.weight,
				evidenceExamples: competency.evidenceExamples,
				// Only when it is limited, so a competency of every level exports as it always has.
				...(competency.levels.length < ladder.levels.length ? { levels: [...competency.levels] } : {}),
			},
		});
		associate('isChildOf', competencyLink, categoryLinks.get(competency.category)!, position + 1);
		let sequence = 0;
		ladder.levels.forEach((level, l) => {
			for (const statement of competency.expectations[level.id] ?? []) {
				const statementLink = item(`statement/${competency.id}/${level.id}/${statement.id}`, 'statement', {
					fullStatement: statement.text,
					humanCodingScheme: `${code}.${competency.id}.${level.id}.${statement.id}`,
					extensions: { level: level.id, statement: statement.id, origin: statement.origin },
				});
				associate('isChildOf', statementLink, competencyLink, ++sequence);
				associate('isRelatedTo', statementLink, levelLinks[l]!);
			}
		});
		const criterionId = id(`criterion/${competency.id}`);
		criteria.push({
			identifier: criterionId,
			uri: uri('CFRubricCriteria', criterionId),
			category: framework.categories.find((c) => c.id === competency.category)?.name ?? competency.category,
			...(competency.description === undefined ? {} : { description: competency.description }),
			CFItemURI: competencyLink,
			weight: competency.weight,
			position: position + 1,
			rubricId,
			lastChangeDateTime: changed,
			// A rubric level for each level the competency applies at: elsewhere nothing is judged.
			CFRubricCriterionLevels: ladder.levels.flatMap((level, l) => {
				if (!competency.levels.includes(level.id)) return [];
				const levelId = id(`criterion-level/${competency.id}/${level.id}`);
				return [{
					identifier: levelId,
					uri: uri('CFRubricCriterionLevels', levelId),
					quality: level.title,
					score: l + 1,
					position: l + 1,
					description: (competency.expectations[level.id] ?? []).map((s) => s.text).join('\n') || (competency.levelNotes[level.id] ?? ''),
					rubricCriterionId: criterionId,
					lastChangeDateTime: changed,
				}];
			}),
		});
	});

	const adoption = { draft: 'Draft', published: 'Adopted', deprecated: 'Deprecated' }[ladder.status];
	return {
		CFDocument: {
			identifier: documentId,
			uri: documentLink.uri,
			frameworkType: 'career-ladder',
			caseVersion: '1.1',
			creator: options.creator ?? framework.title,
			title: ladder.title,
			lastChangeDateTime: changed,
			officialSourceURL: `${base}/ladders/${ladder.id}/`,
			...(ladder.summary === undefined ? {} : { description: ladder.summary }),
			subject: ['Customer support'],
			language: 'en',
			version: ladder.version,
			adoptionStatus: adoption,
			...(license ? { licenseURI: link('CFLicenses', licenseId, license.title) } : {}),
			// How statements accumulate, only when it is not the default (CASE has no word for it).
			...(ladder.eachLevel === 'replaces-below' ? { extensions: { eachLevel: ladder.eachLevel } } : {}),
			...(ladder.sources.length === 0 ? {} : { notes: `Sources: ${ladder.sources.map((s) => s.title + (s.url ? ` <${s.url}>` : '')).join('; ')}` }),
		},
		CFItems: items,
		CFAssociations: associations,
		CFDefinitions: {
			CFItemTypes: Object.entries(ITEM_TYPES).map(([key, [title, description]]) => ({
				identifier: typeIds[key as keyof typeof ITEM_TYPES],
				uri: uri('CFItemTypes', typeIds[key as keyof typeof ITEM_TYPES]),
				title,
				description,
				hierarchyCode: key,
				lastChangeDateTime: changed,
			})),
			CFLicenses: license ? [{ identifier: licenseId, uri: uri('CFLicenses', licenseId), title: license.title, licenseText: `Licensed under ${license.title} (${ladder.license}): ${license.url}`, lastChangeDateTime: changed }] : [],
		},
		CFRubrics: [{ identifier: rubricId, uri: uri('CFRubrics', rubricId), title: `${ladder.title}: competencies by level`, description: 'One criterion per competency; one level per career level.', lastChangeDateTime: changed, CFRubricCriteria: criteria }],
	};
}
