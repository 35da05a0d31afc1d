// Prints, from vitest's JSON report, the time each project took, then "N passed, N failed" (the
// line CI reads: it stays the last line, plain). A test file that failed before any test ran counts
// as one failure; a missing report counts as one failure.
import { readFile } from 'node:fs/promises';
import { relative, sep } from 'node:path';

const path = process.argv[2] ?? 'test-results/vitest.json';
let report;
try {
	report = JSON.parse(await readFile(path, 'utf8'));
} catch {
	console.log('0 passed, 1 failed');
	console.error(`No test report at ${path}: the tests did not run to the end (see the output above).`);
	process.exit(1);
}

/** The project of a test file, as vitest.config.ts groups them (the report does not say). */
function projectOf(file) {
	const rel = relative(process.cwd(), file).split(sep).join('/');
	if (rel.startsWith('packages/core/')) return 'core';
	if (rel.startsWith('packages/cli/')) return 'cli';
	if (rel.startsWith('tests/site/')) return 'site';
	if (rel.startsWith('tests/packaging/')) return 'packaging';
	if (rel.startsWith('tests/')) return 'repo';
	return 'other';
}

// Per project: the time its files ran (summed: files of a project may overlap with another's).
const seconds = new Map();
let first = Infinity;
let last = 0;
for (const file of report.testResults) {
	if (!file.startTime || !file.endTime) continue;
	const project = projectOf(file.name);
	seconds.set(project, (seconds.get(project) ?? 0) + (file.endTime - file.startTime) / 1000);
	first = Math.min(first, file.startTime);
	last = Math.max(last, file.endTime);
}
if (seconds.size > 0) {
	const order = ['core', 'cli', 'repo', 'packaging', 'site', 'other'];
	const parts = [...seconds].sort(([a], [b]) => order.indexOf(a) - order.indexOf(b)).map(([project, s]) => `${project} ${s.toFixed(1)} s`);
	const wall = ((last - Math.min(first, report.startTime ?? first)) / 1000).toFixed(1);
	console.log(`Time per project: ${parts.join(' · ')} (tests ran ${wall} s)`);
}

const brokenFiles = report.testResults.filter((file) => file.status === 'failed' && file.assertionResults.length === 0).length;
const failed = report.numFailedTests + brokenFiles;
console.log(`${report.numPassedTests} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
