// A seeded synthetic organisation for the benchmarks: `ladders` ladders of 6 levels × 12 competencies
// (4 shared, 8 of their own), with career paths between them. The same seed builds the same files.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';

/** mulberry32: a tiny, well-known seeded generator. */
function random(seed) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const VERBS = ['Explains', 'Reviews', 'Designs', 'Shares', 'Improves', 'Coaches', 'Documents', 'Plans', 'Tracks', 'Questions', 'Simplifies', 'Prioritises', 'Anticipates', 'Negotiates', 'Measures'];
const OBJECTS = ['the escalation path', 'saved replies', 'the weekly queue review', 'release notes', 'routing rules', 'the help centre', 'customer feedback', 'incident timelines', 'onboarding material', 'quality reviews', 'the product area', 'handover notes', 'service targets', 'the team roadmap', 'bug reports'];
const MANNERS = ['with care', 'for the whole team', 'across regions', 'before anyone asks', 'with clear reasons', 'in plain words', 'with the product group', 'during busy periods', 'for new teammates', 'with evidence from conversations'];
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const word = (n) => {
	let out = '';
	do {
		out = LETTERS[n % 26] + out;
		n = Math.floor(n / 26) - 1;
	} while (n >= 0);
	return out;
};

export function syntheticFiles({ ladders = 200, seed = 20261125 } = {}) {
	const next = random(seed);
	const pick = (list) => list[Math.floor(next() * list.length)];
	let counter = 0;
	// Every statement is different: a rotating phrase plus a unique word, never a digit.
	const statement = (prefix) => ({ id: `${prefix}-${word(counter)}`, text: `${pick(VERBS)} ${pick(OBJECTS)} ${pick(MANNERS)}, known as ${word(counter++)}.` });
	const bands = ['P1', 'P2', 'P3', 'P4', 'P5', 'P6'];
	const files = {};
	files['framework.yaml'] = {
		format: 'rungs/framework@1',
		id: 'synthetic',
		title: 'Synthetic organisation',
		summary: 'Generated for benchmarks.',
		license: 'CC0-1.0',
		scale: {
			values: ['not-yet', 'developing', 'consistently', 'role-model'].map((id) => ({ id, label: id, anchor: `The ${id} anchor.` })),
			meets: 'consistently',
		},
		categories: ['craft', 'knowledge', 'execution', 'leadership'].map((id) => ({ id, name: id })),
		readiness: { rule: 'n-of-m', minShare: 0.75, floor: 'developing' },
	};
	const sharedIds = ['empathy', 'clarity', 'ownership', 'growth'];
	files['shared-competencies.yaml'] = {
		format: 'rungs/shared-competencies@1',
		competencies: sharedIds.map((id, i) => ({
			id,
			name: id,
			category: ['craft', 'knowledge', 'execution', 'leadership'][i],
			description: `Shared ${id}.`,
			expectations: Object.fromEntries(bands.map((band) => [band, [statement(id), statement(id)]])),
			evidenceExamples: [`Evidence of ${id}.`],
		})),
	};
	const ladderIds = Array.from({ length: ladders }, (_, i) => `ladder-${word(i)}`);
	for (const id of ladderIds) {
		const levels = bands.map((band, i) => ({
			id: `level-${word(i)}`,
			title: `${id} level ${word(i)}`,
			band,
			summary: `Level ${word(i)} of ${id}.`,
			scope: 'Scope grows.',
			ownership: 'Ownership grows.',
			initiative: 'Initiative grows.',
			authority: {
				decideAlone: ['credit', 'refund', 'exception'].map((d) => ({ id: d, text: `Decide a ${d}.`, limit: `limit ${word(i)}` })),
				outOfScope: ['Contract terms.'],
				escalateWhen: ['Legal threats.'],
			},
		}));
		files[`${id}.yaml`] = {
			format: 'rungs/matrix@1',
			id,
			version: '1.0.0',
			title: `Ladder ${id}`,
			summary: `Synthetic ladder ${id}.`,
			status: 'published',
			updated: '2026-11-25',
			license: 'CC0-1.0',
			sources: [{ title: 'Generated' }],
			levels,
			sharedCompetencies: sharedIds.map((s) => ({ id: s })),
			competencies: Array.from({ length: 8 }, (_, c) => {
				const cid = `${id}-skill-${word(c)}`;
				return {
					id: cid,
					name: `Skill ${word(c)}`,
					category: ['craft', 'knowledge', 'execution', 'leadership'][c % 4],
					description: `Skill ${word(c)} of ${id}.`,
					expectations: Object.fromEntries(levels.map((l) => [l.id, [statement(`${cid}-s`), statement(`${cid}-s`)]])),
					evidenceExamples: ['Some evidence.'],
				};
			}),
		};
	}
	files['career-paths.yaml'] = {
		format: 'rungs/career-paths@1',
		paths: ladderIds.slice(1).map((to, i) => ({ from: { matrix: ladderIds[i], level: 'level-c' }, to: { matrix: to, level: 'level-c' }, kind: 'across', note: 'A generated move.' })),
	};
	return Object.fromEntries(Object.entries(files).map(([name, data]) => [name, stringify(data, { lineWidth: 0 })]));
}

/** Writes the synthetic organisation into a folder (with an empty examples/ folder for the site). */
export function writeSynthetic(dir, options) {
	mkdirSync(join(dir, 'examples'), { recursive: true });
	for (const [name, text] of Object.entries(syntheticFiles(options))) writeFileSync(join(dir, name), text);
	return dir;
}
