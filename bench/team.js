// The `team` row (#19): `rungs team` over 10,000 NDJSON assessments against `rungs gap --batch` on
// the same input, run by run, with peak memory. Half the assessments are a manager's of the person
// the other half assessed themselves, so the self/manager comparison does its full work.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runNode, showSpread, spread } from './measure.js';

const COUNT = 10000;

export async function teamRows({ row, cli, dir, org, assessmentsOf }) {
	const all = assessmentsOf(COUNT);
	const lines = all.map((a, i) => {
		const pair = Math.floor(i / 2);
		// Both of a pair aim at the same level, as a self-assessment and its manager's do.
		const { current, target } = all[pair * 2];
		return JSON.stringify({ ...a, current, target, person: { name: `Person ${pair}`, id: `p${pair}` }, assessor: { role: i % 2 === 0 ? 'self' : 'manager' } });
	});
	const ndjson = join(dir, 'team.ndjson');
	writeFileSync(ndjson, `${lines.join('\n')}\n`);
	const batch = () => runNode([cli, 'gap', '--batch', '-', '--matrices', org], { stdinFile: ndjson });
	const team = () => runNode([cli, 'team', '-', '--format', 'json', '--matrices', org], { stdinFile: ndjson });
	const ratios = [];
	const teams = [];
	for (let i = 0; i < 3; i++) {
		const [b, t] = [await batch(), await team()];
		if (t.code !== 0) throw new Error(`rungs team failed: ${t.stderr}`);
		ratios.push(t.ms / b.ms);
		teams.push(t);
	}
	const wall = spread(teams.map((t) => t.ms / 1000));
	const rssMb = Math.max(...teams.map((t) => t.rssMb));
	const r = spread(ratios);
	row(
		`rungs team, ${COUNT.toLocaleString('en')} NDJSON assessments (${COUNT / 2} self/manager pairs)`,
		`${showSpread(wall, ' s')}, peak ${rssMb.toFixed(0)} MB`,
		'rungs gap --batch on the same input',
		'≤ 2× the floor, ≤ 256 MB',
		r.median <= 2 && rssMb <= 256,
		{ ratio: r, rssMb },
	);
}
