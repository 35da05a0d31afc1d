import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ProgressLine } from '../src/progress.ts';
import { bin, repoRoot, rungs } from './_run.ts';

// Long work shows progress (issue #12, item 7): `gap --batch` over a large input writes a progress
// line on stderr when stderr is a terminal, and never when it is not.

const TIMEOUT = 120_000;
const ERASE = '\r\u001b[K';

/** A stream that records what is written, a terminal or not. */
const recorder = (isTTY: boolean) => {
	const written: string[] = [];
	return { written, stream: { isTTY, write: (text: string) => written.push(text) } };
};

describe('ProgressLine', () => {
	it('on a terminal, shows lines done, the rate and failures, rewriting one line, at most five times a second', () => {
		let now = 1_000;
		const { written, stream } = recorder(true);
		const progress = new ProgressLine(stream, {}, () => now);
		now += 2_000;
		progress.update(5_000, 3);
		now += 100;
		progress.update(5_100, 3); // too soon: not shown
		now += 150;
		progress.update(6_000, 4);
		progress.clear();
		expect(written).toEqual([`${ERASE}5,000 assessments, 2,500/s, 3 with problems`, `${ERASE}6,000 assessments, 2,667/s, 4 with problems`, ERASE]);
	});

	it('speaks the language of --lang', () => {
		let now = 0;
		const { written, stream } = recorder(true);
		const progress = new ProgressLine(stream, {}, () => now, 'fr');
		now += 2_000;
		progress.update(5_000, 3);
		expect(written).toEqual([`${ERASE}5\u202f000 évaluations, 2\u202f500/s, 3 avec des problèmes`]);
	});

	it.each([
		['a pipe or a file', false, {}],
		['a dumb terminal', true, { TERM: 'dumb' }],
	])('on %s, writes nothing at all', (_name, isTTY, env) => {
		const { written, stream } = recorder(isTTY);
		const progress = new ProgressLine(stream, env, () => 0);
		progress.update(1, 0);
		progress.clear();
		expect(written).toEqual([]);
	});
});

describe('rungs gap --batch', () => {
	const example = parse(readFileSync(join(repoRoot, 'matrices', 'examples', 'new-representative.yaml'), 'utf8'));
	const input = () => {
		const dir = mkdtempSync(join(tmpdir(), 'rungs-progress-'));
		const lines = Array.from({ length: 3_000 }, (_, i) => JSON.stringify({ ...example, person: { name: `Person ${i}` } }));
		writeFileSync(join(dir, 'team.ndjson'), `${lines.join('\n')}\n`);
		return dir;
	};

	it('into a pipe, writes no progress line: stderr holds the summary alone', () => {
		const dir = input();
		const { code, stdout, stderr } = rungs(['gap', '--batch', '-'], { input: readFileSync(join(dir, 'team.ndjson'), 'utf8'), env: { XDG_CACHE_HOME: dir } });
		expect(code).toBe(0);
		expect(stdout.trim().split('\n')).toHaveLength(3_000);
		expect(stderr).toBe('3000 assessments: 3000 reported, 0 with problems.\n');
	}, TIMEOUT);

	// `script` (util-linux) runs the command on a pseudo-terminal: stderr is a terminal there.
	const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
	it.runIf(hasScript)('on a terminal, shows the progress line and clears it before the summary', () => {
		const dir = input();
		const command = `'${process.execPath}' '${bin}' gap --batch - --matrices '${join(repoRoot, 'matrices')}' < team.ndjson > reports.ndjson`;
		const result = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', TERM: 'xterm', XDG_CACHE_HOME: dir }, timeout: TIMEOUT });
		expect(result.status).toBe(0);
		// The terminal saw at least the first update, then the erase, then the summary.
		expect(result.stdout).toMatch(/\r\u001b\[K[\d,]+ assessments, [\d,]+\/s, 0 with problems/);
		expect(result.stdout).toMatch(/\r\u001b\[K3000 assessments: 3000 reported, 0 with problems\.\r?\n$/);
		// The reports themselves went to the file, untouched by the progress line.
		const reports = readFileSync(join(dir, 'reports.ndjson'), 'utf8');
		expect(reports).not.toContain('\u001b');
		expect(reports.trim().split('\n')).toHaveLength(3_000);
	}, TIMEOUT);
});
