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

/**
 * `moves: 'chain'` (the default, what the site benchmarks build) links each ladder's middle level to
 * the next ladder's; `'varied'` gives each ladder one to three moves to ladders up to four columns
 * away, at other levels, and a few into three management roles: routes that climb, cross and share
 * gaps, as the career map of a real organisation has them; `'wide'` adds to those, from every eighth
 * ladder, a move to a ladder anywhere in the organisation (families far apart: lines across the map).
 */
export function syntheticFiles({ ladders = 200, seed = 20261125, moves = 'chain' } = {}) {
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
			format: 'rungs/ladder@1',
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
	files['career-paths.yaml'] =
		moves === 'varied' || moves === 'wide'
			? variedMoves(ladderIds, bands.length, next, moves === 'wide')
			: {
					format: 'rungs/career-paths@1',
					paths: ladderIds.slice(1).map((to, i) => ({ from: { ladder: ladderIds[i], level: 'level-c' }, to: { ladder: to, level: 'level-c' }, kind: 'across', note: 'A generated move.' })),
				};
	return Object.fromEntries(Object.entries(files).map(([name, data]) => [name, stringify(data, { lineWidth: 0 })]));
}

function variedMoves(ladderIds, levels, next, wide) {
	const roles = ['team-lead', 'operations-manager', 'head-of-support'];
	const paths = [];
	const seen = new Set();
	ladderIds.forEach((from, i) => {
		const count = 1 + Math.floor(next() * 3);
		for (let n = 0; n < count; n++) {
			const fromLevel = `level-${word(1 + Math.floor(next() * (levels - 2)))}`;
			if (next() < 0.15) {
				const role = roles[Math.floor(next() * roles.length)];
				if (seen.has(`${from}:${fromLevel}>${role}`)) continue;
				seen.add(`${from}:${fromLevel}>${role}`);
				paths.push({ from: { ladder: from, level: fromLevel }, to: { role }, kind: 'management', note: 'A generated move.' });
				continue;
			}
			const offset = (1 + Math.floor(next() * 4)) * (next() < 0.5 ? -1 : 1);
			const to = ladderIds[i + offset];
			const toLevel = `level-${word(Math.max(0, Math.min(levels - 1, 1 + Math.floor(next() * (levels - 2)) + (next() < 0.5 ? 0 : 1))))}`;
			if (!to || seen.has(`${from}:${fromLevel}>${to}:${toLevel}`)) continue;
			seen.add(`${from}:${fromLevel}>${to}:${toLevel}`);
			paths.push({ from: { ladder: from, level: fromLevel }, to: { ladder: to, level: toLevel }, kind: 'across', note: 'A generated move.' });
		}
	});
	// Drawn after the varied moves, so `'varied'` stays what it was.
	if (wide)
		for (let i = 0; i < ladderIds.length; i += 8) {
			const to = Math.floor(next() * ladderIds.length);
			const key = `${ladderIds[i]}:level-d>${ladderIds[to]}:level-e`;
			if (Math.abs(to - i) < 5 || seen.has(key)) continue;
			seen.add(key);
			paths.push({ from: { ladder: ladderIds[i], level: 'level-d' }, to: { ladder: ladderIds[to], level: 'level-e' }, kind: 'across', note: 'A generated move to another family.' });
		}
	return {
		format: 'rungs/career-paths@1',
		destinations: roles.map((id) => ({ id, title: `Role ${id}`, kind: 'management', summary: `The ${id} role.` })),
		paths,
	};
}

/** Writes the synthetic organisation into a folder (with an empty examples/ folder for the site). */
export function writeSynthetic(dir, options) {
	mkdirSync(join(dir, 'examples'), { recursive: true });
	for (const [name, text] of Object.entries(syntheticFiles(options))) writeFileSync(join(dir, name), text);
	return dir;
}

/**
 * `n` assessments of the first ladder of a loaded synthetic organisation, all valid: levels and
 * ratings vary from one to the next, and every third competency carries evidence.
 */
export function syntheticAssessments(framework, n) {
	const ladder = framework.ladders[0];
	const scale = framework.scale.values.map((v) => v.id);
	return Array.from({ length: n }, (_, i) => ({
		format: 'rungs/assessment@1',
		person: { name: `Person ${i}`, id: `p${i}` },
		ladder: { id: ladder.id, version: ladder.version },
		assessor: { role: 'self' },
		date: '2026-11-25',
		current: ladder.levels[i % 3].id,
		target: ladder.levels[(i % 3) + 1].id,
		ratings: Object.fromEntries(ladder.competencies.map((c, j) => [c.id, { rating: scale[(i + j) % scale.length], evidence: j % 3 === 0 ? [{ summary: 'Did the thing well.' }] : [] }])),
	}));
}

/**
 * What a batch is measured on, written into `dir`: the two-ladder synthetic organisation, the
 * assessments given (of its first ladder: `syntheticAssessments`) as NDJSON, and the floor a user
 * would write instead (read each line, `JSON.parse` it) as a script that reads its standard input.
 */
export function writeBatchInput(dir, assessments) {
	const org = writeSynthetic(join(dir, 'org'), { ladders: 2 });
	const ndjson = join(dir, 'org.ndjson');
	writeFileSync(ndjson, `${assessments.map((a) => JSON.stringify(a)).join('\n')}\n`);
	const floorScript = join(dir, 'floor.mjs');
	writeFileSync(floorScript, "import{createInterface}from'node:readline';for await(const l of createInterface({input:process.stdin}))if(l)JSON.parse(l);");
	return { org, ndjson, floorScript };
}
