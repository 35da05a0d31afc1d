// Using Rungs from an HR tool: load the ladders once, then check and score each assessment your
// system receives (from a form, an API or a database row) as JSON.
//
//   node hr-tool.mjs <ladders folder> <assessment.json>
//
import { readFile } from 'node:fs/promises';
import { assess, formatMessage, formatProblems, validateAssessment } from '@rungs/core';
import { renderGapMarkdown } from '@rungs/core/render';
import { loadFramework } from '@rungs/core/node';

const [laddersDir = 'matrices', assessmentFile] = process.argv.slice(2);

// 1. The ladders: validated once, with every problem located (file:line:column).
const ladders = await loadFramework(laddersDir);
if (!ladders.ok) {
	console.error(formatProblems(ladders.problems));
	process.exit(1);
}

// 2. An untrusted assessment, as plain data: checked for shape and for every reference.
const received = JSON.parse(await readFile(assessmentFile, 'utf8'));
const checked = validateAssessment(received, ladders.value, assessmentFile);
if (!checked.ok) {
	console.error(formatProblems(checked.problems));
	process.exit(1);
}

// 3. The gap report: plain data to store (it matches @rungs/core/schemas/gap-report.schema.json),
//    and a rendering to show. It is advice for a conversation, never a promotion verdict. The
//    headline is data ({ code, params }): formatMessage words it, in English or with your catalog.
const assessed = assess(ladders.value, checked.value);
if (!assessed.ok) {
	console.error(formatProblems(assessed.problems));
	process.exit(1);
}
const report = assessed.value;
console.log(`${report.person.name}: ${formatMessage(report.readiness.headline)}`);
console.log(renderGapMarkdown(report));
