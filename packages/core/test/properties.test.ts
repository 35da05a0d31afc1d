import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isMap, isScalar, isSeq, parseDocument, stringify, visit, type Document } from 'yaml';
import { problemsOf, assess, assessmentTemplate, decodeSource, diffLadders, isEmptyDiff, ladderToCase, migrateAssessment, parseAssessment, parseFramework, stringifyAssessment, validateAssessment, type Assessment, type Framework, type Result, type Problem, type SourceFile } from '@rungs/core';
import { PROBLEM_CODES, PROBLEMS } from '@rungs/core/schema';
import { renderGapReport } from '@rungs/core/render';
import { runs } from './_runs.ts';
import { asValidated, editableCopy, valueOf } from './_fixtures.ts';

/*
 * Properties over generated input, seeded so every run is the same:
 * (a) random valid frameworks (framework.yaml, shared competencies, two or three ladders, career paths)
 *     and assessments, respecting every rule, load from `yaml.stringify` with no problem at all, and
 *     the resolved framework does not depend on how the YAML is written;
 * (b) random mutations of valid files load or give located problems, never an exception;
 * (c) assess and diffLadders never throw on valid input, and a ladder diffed with itself is empty.
 * Each checks a fixed number of cases (`runs`, deeper with RUNGS_PROPERTY_RUNS), never a time budget.
 */

const SEED = 42;

// --- Words and texts -------------------------------------------------------------------------

const VERBS = ['Answers', 'Checks', 'Writes', 'Explains', 'Guides', 'Reviews', 'Shares', 'Notices', 'Coaches', 'Improves', 'Documents', 'Calms', 'Escalates', 'Plans', 'Teaches'];
const OBJECTS = ['customers', 'replies', 'tickets', 'peers', 'incidents', 'the queue', 'saved answers', 'bug reports', 'new hires', 'product gaps', 'feedback', 'hard cases', 'handovers'];

/** A unique word for index n (a, b, …, z, ba, bb …): statement texts and ids never repeat. */
const letters = (n: number): string => (n < 26 ? String.fromCharCode(97 + n) : letters(Math.floor(n / 26)) + String.fromCharCode(97 + (n % 26)));

/** Text the schema accepts as text: something visible, no control characters (tab and line breaks are fine). */
const isText = (t: string) => /\S/.test(t) && !/[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/.test(t) && t.length <= 120;
/** Any Unicode text, including what YAML must quote: `: `, `#`, leading spaces, `null`, `1.0`, emoji, combining marks. */
const unicodeText = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }).filter(isText);
const trickyText = fc.constantFrom('null', '1.0', '2026-01-01', 'yes', '~', '- item', 'a: b', '# not a comment', '  padded  ', '"quoted"', "it's", '*star', '&amp', '!bang', '%percent', '@at', '`tick`', '<b>bold</b>', 'line one\nline two', 'tab\there', '{ flow }', '[list]', 'vertical\vtab', 'form\ffeed', 'carriage\rreturn', 'crlf\r\nline', 'line\u2028separator', 'para\u2029separator', 'right\u202Eleft', 'zero\u200Bwidth');
const text = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...OBJECTS).map((o) => `Works on ${o}.`) }, { weight: 2, arbitrary: unicodeText }, { weight: 1, arbitrary: trickyText });

/** Ids in the schema's shape, plus names objects already have (`constructor` is refused, so not here). */
const id = fc.oneof(
	{ weight: 9, arbitrary: fc.stringMatching(/^[a-z][a-z0-9]{0,8}(?:-[a-z0-9]{1,5}){0,2}$/) },
	{ weight: 1, arbitrary: fc.constantFrom('prototype', 'proto', 'to-string', 'value-of', 'has-own-property', 'length', 'name') },
);

// --- A whole valid framework -----------------------------------------------------------------

const share = fc.double({ min: 0.05, max: 1, noNaN: true });
const plan = fc.record({
	ids: fc.uniqueArray(id, { minLength: 64, maxLength: 64 }),
	texts: fc.array(text, { minLength: 24, maxLength: 24 }),
	scale: fc.integer({ min: 2, max: 7 }),
	meets: fc.nat(6),
	categories: fc.integer({ min: 1, max: 3 }),
	readiness: fc.oneof(
		fc.record({ rule: fc.constant('all-at-target' as const), requireEvidence: fc.boolean() }),
		fc.record({ rule: fc.constant('n-of-m' as const), minShare: share, floor: fc.option(fc.nat(6), { nil: undefined }), requireEvidence: fc.boolean() }),
		fc.record({ rule: fc.constant('weighted-points' as const), minShare: share, points: fc.option(fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 7, maxLength: 7 }), { nil: undefined }) }),
	),
	shared: fc.integer({ min: 0, max: 3 }),
	firstBand: fc.integer({ min: 1, max: 3 }),
	ladders: fc.array(
		fc.record({
			levels: fc.array(fc.record({ bandStep: fc.integer({ min: 0, max: 1 }), newDecision: fc.boolean(), metrics: fc.boolean() }), { minLength: 2, maxLength: 5 }),
			local: fc.integer({ min: 0, max: 2 }),
			statements: fc.integer({ min: 2, max: 3 }),
			uses: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
			additions: fc.boolean(),
			required: fc.boolean(),
			weight: fc.option(fc.integer({ min: 1, max: 1000 }).map((hundredths) => hundredths / 100), { nil: undefined }),
			ownReadiness: fc.boolean(),
			status: fc.constantFrom('draft' as const, 'published' as const, 'deprecated' as const),
			version: fc.tuple(fc.nat(20), fc.nat(20), fc.nat(20)).map((v) => v.join('.')),
			date: fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
			note: fc.boolean(),
		}),
		{ minLength: 2, maxLength: 3 },
	),
	destinations: fc.integer({ min: 0, max: 2 }),
	order: fc.boolean(),
});
type Plan = typeof plan extends fc.Arbitrary<infer T> ? T : never;

interface GeneratedFile {
	path: string;
	data: Record<string, unknown>;
}

/** The files of a framework that follows every rule, from a plan of random choices. */
function build(p: Plan): GeneratedFile[] {
	let nextId = 0;
	const newId = () => p.ids[nextId++]!;
	let nextText = 0;
	const newText = () => p.texts[nextText++ % p.texts.length]!;
	let nextStatement = 0;
	// Unique id and text; no digits, no "per hour", nothing repeated (the content rules' warnings).
	const statement = () => {
		const n = nextStatement++;
		const flavour = newText().replace(/\d|per|percent/gi, '').replace(/\s+/g, ' ').trim();
		return { id: `s-${letters(n)}`, text: `${VERBS[n % VERBS.length]} ${flavour} ${OBJECTS[n % OBJECTS.length]} in case ${letters(n)}.` };
	};

	const scale = Array.from({ length: p.scale }, () => ({ id: newId(), label: newText(), anchor: newText() }));
	const scaleIds = scale.map((v) => v.id);
	const categories = Array.from({ length: p.categories }, (_, i) => ({ id: newId(), name: newText(), ...(i === 0 ? { description: newText() } : {}) }));
	const rule = p.readiness;
	const readiness =
		rule.rule === 'n-of-m'
			? { rule: 'n-of-m', minShare: rule.minShare, ...(rule.floor !== undefined ? { floor: scaleIds[rule.floor % scaleIds.length] } : {}), requireEvidence: rule.requireEvidence }
			: rule.rule === 'weighted-points'
				? { rule: 'weighted-points', minShare: rule.minShare, ...(rule.points ? { points: Object.fromEntries(scaleIds.map((sid, i) => [sid, rule.points![i]!])) } : {}) }
				: rule;

	// Ladders: bands never go down; decision authority never shrinks.
	const ladders = p.ladders.map((l) => {
		const ladderId = newId();
		let band = p.firstBand;
		const decisions: string[] = [newId()];
		const levels = l.levels.map((level, i) => {
			band = Math.min(9, band + (i === 0 ? 0 : level.bandStep));
			if (i > 0 && level.newDecision) decisions.push(newId());
			const levelId = newId();
			return {
				id: levelId,
				title: newText(),
				band: `P${band}`,
				summary: newText(),
				scope: newText(),
				ownership: newText(),
				initiative: newText(),
				authority: { decideAlone: decisions.map((d, k) => ({ id: d, text: newText(), ...(k === 0 ? { limit: newText() } : {}) })), tooSafe: [newText()], outOfScope: [newText()], escalateWhen: [newText(), newText()] },
				...(level.metrics ? { metricsUrl: `https://example.com/metrics/${ladderId}/${levelId}?q=a&b=${encodeURIComponent(newText())}` } : {}),
			};
		});
		return { plan: l, id: ladderId, levels };
	});
	const bandsInUse = [...new Set(ladders.flatMap((l) => l.levels.map((level) => level.band)))].sort();

	// Shared competencies: every band in use, two statements each; every one used by the first ladder.
	const shared = Array.from({ length: p.shared }, (_, j) => ({
		id: newId(),
		name: newText(),
		category: categories[j % categories.length]!.id,
		description: newText(),
		expectations: Object.fromEntries(bandsInUse.map((b) => [b, [statement(), statement()]])),
		evidenceExamples: [newText()],
	}));

	const ladderFiles = ladders.map((ladder, index): GeneratedFile => {
		const l = ladder.plan;
		const top = ladder.levels.at(-1)!.id;
		const uses = shared
			.filter((_, j) => index === 0 || l.uses[j])
			.map((s, j) => ({
				id: s.id,
				...(j === 0 && l.required ? { required: true } : {}),
				...(j === 0 && l.weight !== undefined ? { weight: l.weight } : {}),
				// Role statements only at the top level, so no level has fewer statements than the one below.
				...(l.additions && j === 0 ? { expectations: { [top]: [statement()] } } : {}),
				...(j === 0 ? { evidenceExamples: [newText()] } : {}),
			}));
		const competencies = Array.from({ length: l.local }, (_, k) => ({
			id: newId(),
			name: newText(),
			category: categories[k % categories.length]!.id,
			description: newText(),
			...(k === 0 && l.required ? { required: true } : {}),
			...(k === 0 && l.weight !== undefined ? { weight: l.weight } : {}),
			expectations: Object.fromEntries(ladder.levels.map((level) => [level.id, Array.from({ length: l.statements }, statement)])),
			...(l.note ? { levelNotes: { [ladder.levels[0]!.id]: newText() } } : {}),
			evidenceExamples: [newText(), newText()],
		}));
		return {
			path: `generated/${ladder.id}.yaml`,
			data: {
				format: 'rungs/ladder@1',
				id: ladder.id,
				version: l.version,
				title: newText(),
				summary: newText(),
				status: l.status,
				updated: l.date,
				license: 'CC-BY-4.0',
				sources: [{ title: newText(), url: `https://example.com/${ladder.id}#${encodeURIComponent(newText())}`, note: newText() }],
				...(l.ownReadiness ? { readiness: { rule: 'all-at-target', requireEvidence: true } } : {}),
				levels: ladder.levels,
				...(uses.length > 0 ? { sharedCompetencies: uses } : {}),
				...(competencies.length > 0 ? { competencies } : {}),
			},
		};
	});

	const destinations = Array.from({ length: p.destinations }, (_, i) => ({ id: newId(), title: newText(), kind: i === 0 ? 'management' : 'other', summary: newText(), ...(i === 1 ? { url: 'https://example.com/roles' } : {}) }));
	const [first, second] = ladders;
	const paths = [
		{ from: { ladder: first!.id, level: first!.levels.at(-1)!.id }, to: { ladder: second!.id, level: second!.levels[0]!.id }, kind: 'across', note: newText() },
		...destinations.map((d, i) => ({ from: { ladder: ladders[i % ladders.length]!.id, level: ladders[i % ladders.length]!.levels.at(-1)!.id }, to: { role: d.id }, kind: d.kind === 'management' ? 'management' : 'across', note: newText() })),
	];

	return [
		{
			path: 'generated/framework.yaml',
			data: {
				format: 'rungs/framework@1',
				id: newId(),
				title: newText(),
				summary: newText(),
				license: 'CC-BY-4.0',
				sources: [{ title: newText() }],
				scale: { values: scale, meets: scaleIds[p.meets % scaleIds.length]! },
				categories,
				readiness,
				...(p.order ? { ladders: ladders.map((l) => l.id).reverse() } : {}),
			},
		},
		...(shared.length > 0 ? [{ path: 'generated/shared-competencies.yaml', data: { format: 'rungs/shared-competencies@1', competencies: shared } }] : []),
		{ path: 'generated/career-paths.yaml', data: { format: 'rungs/career-paths@1', ...(destinations.length > 0 ? { destinations } : {}), paths } },
		...ladderFiles,
	];
}

const serialise = (files: readonly GeneratedFile[]): SourceFile[] => files.map((f) => ({ path: f.path, text: stringify(f.data) }));
/** The same data written another way: flow collections, double quotes, a byte-order mark, CRLF. */
const restyle = (files: readonly GeneratedFile[]): SourceFile[] =>
	files.map((f) => ({ path: f.path, text: `\uFEFF# written another way\n${stringify(f.data, { collectionStyle: 'flow', defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 })}`.replace(/\n/g, '\r\n') }));

const summary = (problems: readonly Problem[]) => problems.map((p) => `${p.code} ${p.file}:${p.line}:${p.column} ${p.message}`);

function loadGenerated(files: readonly GeneratedFile[]): Framework {
	const result = parseFramework(serialise(files));
	if (!result.ok || problemsOf(result).length > 0) throw new Error(`A generated framework does not load:\n${summary(problemsOf(result)).join('\n')}`);
	return result.value;
}

// --- A valid assessment of a framework ---------------------------------------------------------

function assessmentOf(framework: Framework): fc.Arbitrary<Assessment> {
	const scaleIds = framework.scale.values.map((v) => v.id);
	return fc
		.record({
			ladder: fc.constantFrom(...framework.ladders),
			other: fc.constantFrom(...framework.ladders),
			currentIndex: fc.nat(),
			targetIndex: fc.nat(),
			role: fc.constantFrom('self' as const, 'manager' as const, 'peer' as const),
			date: fc.date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
			name: fc.oneof(unicodeText, trickyText),
			personId: fc.option(fc.string({ maxLength: 20 }).filter((s) => !/[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/.test(s)), { nil: undefined }),
			notes: fc.option(fc.oneof(unicodeText, trickyText), { nil: undefined }),
		})
		.chain((a) => {
			const current = a.ladder.levels[a.currentIndex % a.ladder.levels.length]!;
			// The same ladder at or above the current level (no TARGET_BELOW_CURRENT warning), or any level of another.
			const sameLadder = a.other === a.ladder;
			const from = sameLadder ? a.ladder.levels.indexOf(current) : 0;
			const target = a.other.levels[from + (a.targetIndex % (a.other.levels.length - from))]!;
			const competencies = [...new Map([...a.ladder.competencies, ...a.other.competencies].map((c) => [c.id, c])).values()];
			const statementIds = (cid: string) => [...new Set([...a.ladder.competencies, ...a.other.competencies].filter((c) => c.id === cid).flatMap((c) => Object.values(c.expectations).flat().map((s) => s.id)))];
			const rating = (cid: string) => {
				const ids = statementIds(cid);
				return fc.record(
					{
						rating: fc.constantFrom(...scaleIds),
						confidence: fc.constantFrom('low' as const, 'medium' as const, 'high' as const),
						note: fc.oneof(unicodeText, trickyText),
						statements: ids.length > 0 ? fc.dictionary(fc.constantFrom(...ids), fc.constantFrom(...scaleIds), { maxKeys: 3 }) : fc.constant({}),
						evidence: fc.array(
							fc.record(
								{ summary: fc.oneof(unicodeText, trickyText), kind: fc.constantFrom('conversation' as const, 'review' as const, 'incident' as const, 'other' as const), url: fc.constant('https://example.com/ticket/a?b=c'), date: fc.constant('2026-02-28'), statements: ids.length > 0 ? fc.subarray(ids, { maxLength: 2 }) : fc.constant([]) },
								{ requiredKeys: ['summary'] },
							),
							{ maxLength: 2 },
						),
						reassess: fc.boolean(),
					},
					{ requiredKeys: ['evidence'] },
				).map((r) => (r.evidence.length > 0 && r.rating === undefined ? { ...r, rating: scaleIds[0]! } : r)); // evidence needs a rating
			};
			return fc.record(Object.fromEntries(competencies.map((c) => [c.id, rating(c.id)])), { requiredKeys: [] }).map(
				(ratings): Assessment => ({
					format: 'rungs/assessment@1',
					person: { name: a.name, ...(a.personId !== undefined ? { id: a.personId } : {}) },
					ladder: { id: a.ladder.id, version: a.ladder.version },
					assessor: { role: a.role },
					date: a.date,
					current: current.id,
					target: sameLadder ? target.id : { ladder: a.other.id, level: target.id },
					ratings: ratings as Assessment['ratings'],
					...(a.notes !== undefined ? { notes: a.notes } : {}),
				}),
			);
		});
}

const frameworkAndAssessment = plan.chain((p) => {
	const files = build(p);
	const framework = loadGenerated(files);
	return fc.tuple(fc.constant(files), fc.constant(framework), assessmentOf(framework));
});

describe('(a) random valid frameworks and assessments', () => {
	it('load from yaml.stringify with no problem, and resolve the same however the YAML is written', () => {
		fc.assert(
			fc.property(plan, (p) => {
				const files = build(p);
				const result = parseFramework(serialise(files));
				expect(summary(problemsOf(result))).toEqual([]);
				expect(result.ok).toBe(true);
				const framework = valueOf(result);
				// What was written is what was read.
				for (const file of files.filter((f) => f.data.format === 'rungs/ladder@1')) {
					const ladder = framework.ladders.find((m) => m.id === file.data.id)!;
					expect(ladder.levels).toEqual(file.data.levels);
					expect(ladder.version).toBe(file.data.version);
				}
				expect(framework.scale).toEqual((files[0]!.data as { scale: unknown }).scale);
				// Quotes, flow style, a byte-order mark and CRLF change nothing.
				const again = parseFramework(restyle(files));
				expect(summary(problemsOf(again))).toEqual([]);
				expect(valueOf(again)).toEqual(framework);
				// Plain data: it survives JSON.
				expect(JSON.parse(JSON.stringify(framework))).toEqual(framework);
			}),
			{ seed: SEED, numRuns: runs(60) },
		);
	});

	it('their assessments load from YAML and from data, unchanged, with no problem', () => {
		fc.assert(
			fc.property(frameworkAndAssessment, ([, framework, assessment]) => {
				const fromText = parseAssessment({ path: 'generated/assessment.yaml', text: stringify(assessment) }, framework);
				expect(summary(problemsOf(fromText))).toEqual([]);
				expect(valueOf(fromText)).toEqual(assessment);
				const fromJson = parseAssessment({ path: 'generated/assessment.json', text: JSON.stringify(assessment) }, framework);
				expect(valueOf(fromJson)).toEqual(assessment);
				const fromData = validateAssessment(JSON.parse(JSON.stringify(assessment)), framework);
				expect(summary(problemsOf(fromData))).toEqual([]);
				expect(valueOf(fromData)).toEqual(assessment);
			}),
			{ seed: SEED, numRuns: runs(60) },
		);
	});
});

// --- (b) Mutations --------------------------------------------------------------------------

const VALID_DIR = new URL('./fixtures/valid/', import.meta.url);
const fixture = (name: string): SourceFile => ({ path: `fixtures/${name}`, text: readFileSync(new URL(name, VALID_DIR), 'utf8') });
const LADDER_FILES = ['framework.yaml', 'shared-competencies.yaml', 'career-paths.yaml', 'rep.yaml', 'engineer.yaml'].map(fixture);
const ASSESSMENTS = ['examples/ana-self.yaml', 'examples/ana-manager.yaml'].map(fixture);
const fixtureFramework = (() => {
	const result = parseFramework(LADDER_FILES);
	if (!result.ok) throw new Error('the valid fixtures do not load');
	return result.value;
})();

/** Every key path of a document, for deleting a key or changing its value's type. */
function pairsOf(doc: Document): Array<Array<string | number>> {
	const paths: Array<Array<string | number>> = [];
	visit(doc, {
		Pair(_key, pair, path) {
			const keys: Array<string | number> = [];
			let parent: unknown = doc.contents;
			for (const node of [...path.slice(1), pair]) {
				if (isMap(parent) && node && typeof node === 'object' && 'key' in node) keys.push(String(isScalar(node.key) ? node.key.value : node.key));
				else if (isSeq(parent)) keys.push(parent.items.indexOf(node as never));
				parent = node && typeof node === 'object' && 'value' in node ? node.value : node;
			}
			if (keys.every((k) => k !== -1)) paths.push(keys);
		},
	});
	return paths;
}

const replacement = fc.oneof(
	fc.constant(null),
	fc.integer(),
	fc.double(),
	fc.boolean(),
	fc.constant([]),
	fc.constant({}),
	fc.constant(['a', 'b']),
	fc.constant({ id: 'x', text: 'y' }),
	fc.constantFrom('constructor', '__proto__', 'prototype', '', ' ', 'P0', 'javascript:alert(1)', '9.9.9', 'x'.repeat(3000)),
	fc.string({ unit: 'binary', maxLength: 12 }),
);

const mutation = fc.oneof(
	fc.record({ kind: fc.constant('delete-key' as const), at: fc.nat() }),
	fc.record({ kind: fc.constant('retype' as const), at: fc.nat(), value: replacement }),
	fc.record({ kind: fc.constant('insert-text' as const), at: fc.nat(), text: fc.oneof(fc.string({ unit: 'binary', minLength: 1, maxLength: 8 }), fc.constantFrom(':', '- ', '\t', '"', "'", '[', '{', '}', ']', '&a ', '*a', '!!binary ', '---\n', '\n  ', '#', '\uFEFF', '\r', '\u0000', '\u001b[2J', '<<: *a')) }),
	fc.record({ kind: fc.constant('insert-bytes' as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 6 }) }),
	fc.record({ kind: fc.constant('duplicate-line' as const), at: fc.nat() }),
	fc.record({ kind: fc.constant('delete-line' as const), at: fc.nat() }),
	fc.record({ kind: fc.constant('swap-lines' as const), at: fc.nat(), with: fc.nat() }),
	fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

/** A mutated file, as bytes: most mutations are on the text, some on the bytes. */
function mutate(text: string, m: Mutation): Uint8Array {
	const encode = (t: string) => new TextEncoder().encode(t);
	const lines = text.split('\n');
	switch (m.kind) {
		case 'delete-key':
		case 'retype': {
			// Structural mutations need a document that parses; a broken one stays as it is.
			const doc = parseDocument(text);
			const paths = doc.errors.length === 0 ? pairsOf(doc) : [];
			if (paths.length === 0) return encode(text);
			const path = paths[m.at % paths.length]!;
			try {
				if (m.kind === 'delete-key') doc.deleteIn(path);
				else doc.setIn(path, m.value);
				return encode(doc.toString());
			} catch {
				return encode(text);
			}
		}
		case 'insert-text': {
			const at = m.at % (text.length + 1);
			return encode(text.slice(0, at) + m.text + text.slice(at));
		}
		case 'insert-bytes': {
			const bytes = encode(text);
			const at = m.at % (bytes.length + 1);
			return new Uint8Array([...bytes.subarray(0, at), ...m.bytes, ...bytes.subarray(at)]);
		}
		case 'duplicate-line': {
			const at = m.at % lines.length;
			return encode([...lines.slice(0, at + 1), lines[at]!, ...lines.slice(at + 1)].join('\n'));
		}
		case 'delete-line': {
			const at = m.at % lines.length;
			return encode([...lines.slice(0, at), ...lines.slice(at + 1)].join('\n'));
		}
		case 'swap-lines': {
			const [a, b] = [m.at % lines.length, m.with % lines.length];
			const copy = [...lines];
			[copy[a], copy[b]] = [copy[b]!, copy[a]!];
			return encode(copy.join('\n'));
		}
		case 'truncate':
			return encode(text).subarray(0, m.at % (encode(text).length + 1));
	}
}

/** A problem as every input must get it: a catalog code, a place in the file, a frame marking that place. */
function expectLocated(problem: Problem, files: ReadonlyMap<string, string>): void {
	expect(PROBLEM_CODES).toContain(problem.code);
	expect(problem.severity).toBe(PROBLEMS[problem.code].severity);
	expect(problem.line).toBeGreaterThanOrEqual(1);
	expect(problem.column).toBeGreaterThanOrEqual(1);
	expect(problem.message).toMatch(/\S/);
	const text = files.get(problem.file);
	// No frame without a source: an emptied file, or the folder itself (no framework.yaml left).
	if (problem.frame === '') expect(text ?? '').toBe('');
	else expect(problem.frame).toMatch(new RegExp(`^> +${problem.line} \\|`, 'm'));
	if (text !== undefined) expect(problem.line).toBeLessThanOrEqual(text.split(/\r\n|\r|\n/).length);
}

/** Loads a mutated file where it belongs; returns the result and the texts by path, to check line numbers against. */
function loadMutated(source: SourceFile, bytes: Uint8Array, sources: readonly SourceFile[], framework: Framework | undefined): { result: Result<unknown>; texts: Map<string, string> } {
	const decoded = decodeSource(source.path, bytes);
	const texts = new Map(sources.map((s) => [s.path, s.text]));
	texts.set(source.path, decoded.file.text);
	if (decoded.problems.length > 0) return { result: { ok: false, problems: decoded.problems }, texts };
	if (framework) return { result: parseAssessment(decoded.file, framework), texts };
	return { result: parseFramework(sources.map((s) => (s.path === source.path ? decoded.file : s))), texts };
}

describe('(b) random mutations of valid files', () => {
	const targets = [...LADDER_FILES.map((f) => ({ source: f, assessment: false })), ...ASSESSMENTS.map((f) => ({ source: f, assessment: true }))];

	it('of the fixture files load, or give located problems, and never throw', () => {
		fc.assert(
			fc.property(fc.constantFrom(...targets), fc.array(mutation, { minLength: 1, maxLength: 3 }), (target, mutations) => {
				let bytes = new TextEncoder().encode(target.source.text);
				for (const m of mutations) bytes = mutate(new TextDecoder().decode(bytes), m) as Uint8Array<ArrayBuffer>;
				const { result, texts } = loadMutated(target.source, bytes, LADDER_FILES, target.assessment ? fixtureFramework : undefined);
				for (const problem of problemsOf(result)) expectLocated(problem, texts);
				if (!result.ok) expect(result.problems.some((p) => p.severity === 'error')).toBe(true);
				expect(({} as Record<string, unknown>).polluted).toBeUndefined();
			}),
			{ seed: SEED, numRuns: runs(500) },
		);
	});

	it('of generated frameworks load, or give located problems, and never throw', () => {
		fc.assert(
			fc.property(plan, fc.nat(), mutation, (p, which, m) => {
				const sources = serialise(build(p));
				const source = sources[which % sources.length]!;
				const { result, texts } = loadMutated(source, mutate(source.text, m), sources, undefined);
				for (const problem of problemsOf(result)) expectLocated(problem, texts);
			}),
			{ seed: SEED, numRuns: runs(100) },
		);
	});
});

// --- (c) assess and diff ------------------------------------------------------------------------

describe('(c) assess and diffLadders on valid input', () => {
	it('assess never throws, at the assessment\'s target or any other level, and every report renders', () => {
		fc.assert(
			fc.property(frameworkAndAssessment, fc.nat(), ([, framework, assessment], pick) => {
				const report = valueOf(assess(framework, asValidated(assessment)));
				expect(report.competencies.length).toBeGreaterThanOrEqual(0);
				for (const format of ['text', 'markdown', 'json', 'html'] as const) expect(valueOf(renderGapReport(report, format)).length).toBeGreaterThan(0);
				const levels = framework.ladders.flatMap((m) => m.levels.map((l) => ({ ladder: m.id, level: l.id })));
				const other = levels[pick % levels.length]!;
				expect(() => assess(framework, asValidated(assessment), { target: other })).not.toThrow();
				expect(() => assess(framework, asValidated(assessment), { rule: { rule: 'all-at-target', requireEvidence: true } })).not.toThrow();
			}),
			{ seed: SEED, numRuns: runs(60) },
		);
	});

	it('diffLadders never throws between any two ladders, and a ladder diffed with itself is empty', () => {
		fc.assert(
			fc.property(plan, plan, (p, q) => {
				const a = loadGenerated(build(p));
				const b = loadGenerated(build(q));
				for (const m of [...a.ladders, ...b.ladders]) {
					expect(isEmptyDiff(diffLadders(m, m))).toBe(true);
					expect(diffLadders(m, structuredClone(m)).bump.implied).toBe('none');
				}
				for (const before of a.ladders) for (const after of [...a.ladders, ...b.ladders]) expect(() => diffLadders(before, after)).not.toThrow();
			}),
			{ seed: SEED, numRuns: runs(30) },
		);
	});
});

/*
 * (d) Every file rungs writes loads back with no error: the assessment template of every ladder, an
 * assessment written by stringifyAssessment (under a modeline), the assessment that migrate writes
 * after a competency is removed, and the JSON of export. A statement holding a vertical tab made
 * the template fail to load (`YAML_SYNTAX`: it was written raw into a comment).
 */
describe('(d) every file rungs writes', () => {
	const errors = (result: Result<unknown>) => summary(problemsOf(result).filter((p) => p.severity === 'error'));
	const MODELINE = '# yaml-language-server: $schema=../schemas/assessment.schema.json';

	it('the template of a ladder whose texts hold \\v, \\f, CR, U+2028 or U+202E loads, with them named in its comments', () => {
		const framework = loadGenerated(build(fc.sample(plan, { numRuns: 1, seed: SEED })[0]!));
		const ladder = editableCopy(framework.ladders[0]!);
		ladder.title = 'Support\vEngineer';
		for (const competency of ladder.competencies) {
			competency.name = `Name\f${competency.name}`;
			for (const statements of Object.values(competency.expectations)) for (const statement of statements) statement.text = `Writes\vclearly\r\u2028 \u202Eto customers`;
		}
		const odd: Framework = { ...framework, ladders: [ladder, ...framework.ladders.slice(1)] };
		const template = valueOf(assessmentTemplate(odd, ladder.id, { date: '2026-01-01' }));
		expect(errors(parseAssessment({ path: 'template.yaml', text: template }, odd))).toEqual([]);
		expect(template).toContain('Support<U+000B>Engineer');
		expect(template).not.toMatch(/[\v\f\r\u2028\u202E]/);
	});

	it('loads back with no error, and says what it was given', () => {
		fc.assert(
			fc.property(frameworkAndAssessment, ([, framework, assessment]) => {
				for (const ladder of framework.ladders) {
					for (const level of ladder.levels) {
						const template = valueOf(assessmentTemplate(framework, ladder.id, { current: ladder.levels[0]!.id, target: level.id, date: '2026-01-01', schema: 'odd\vschema\u0085path' }));
						const loaded = parseAssessment({ path: `${ladder.id}.template.yaml`, text: template }, framework);
						expect(errors(loaded), template).toEqual([]);
					}
				}
				const written = stringifyAssessment(assessment, MODELINE);
				const again = parseAssessment({ path: 'written.yaml', text: written }, framework);
				expect(errors(again), written).toEqual([]);
				expect(valueOf(again)).toEqual(assessment);

				// A new version of the assessment's ladder without its first competency.
				const before = framework.ladders.find((m) => m.id === assessment.ladder.id)!;
				const after = { ...structuredClone(before), version: `${Number(before.version.split('.')[0]) + 1}.0.0`, competencies: before.competencies.slice(1) };
				const frameworkAfter: Framework = { ...framework, ladders: framework.ladders.map((m) => (m.id === before.id ? after : m)) };
				const migrated = valueOf(migrateAssessment(assessment, before, after)).assessment;
				const moved = parseAssessment({ path: 'migrated.yaml', text: stringifyAssessment(migrated, MODELINE) }, frameworkAfter);
				expect(errors(moved)).toEqual([]);

				// export --format json and case: JSON that reads back as the same data.
				for (const ladder of framework.ladders) {
					expect(JSON.parse(JSON.stringify(ladder))).toEqual(ladder);
					const cfPackage = ladderToCase(framework, ladder);
					expect(JSON.parse(JSON.stringify(cfPackage))).toEqual(cfPackage);
				}
			}),
			{ seed: SEED, numRuns: runs(30) },
		);
	}, 300_000);
});
