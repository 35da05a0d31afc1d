// Prints "N passed, N failed" from vitest's JSON report (the line CI reads). A test file that
// failed before any test ran counts as one failure; a missing report counts as one failure.
import { readFile } from 'node:fs/promises';

const path = process.argv[2] ?? 'test-results/vitest.json';
let report;
try {
	report = JSON.parse(await readFile(path, 'utf8'));
} catch {
	console.log('0 passed, 1 failed');
	console.error(`No test report at ${path}: the tests did not run to the end (see the output above).`);
	process.exit(1);
}
const brokenFiles = report.testResults.filter((file) => file.status === 'failed' && file.assertionResults.length === 0).length;
const failed = report.numFailedTests + brokenFiles;
console.log(`${report.numPassedTests} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
