// Compiled by the packaging test with moduleResolution nodenext and bundler, then run: a typed use
// of the published package as an HR tool would write it.
import { assess, validateAssessment, type Framework, type GapReport } from '@rungs/core';
import { renderGapReport } from '@rungs/core/render';
import { loadFramework } from '@rungs/core/node';
import { readFileSync } from 'node:fs';

const ladders = await loadFramework(process.argv[2]!);
if (!ladders.ok) throw new Error(`ladders: ${ladders.problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.code}`).join(', ')}`);
const framework: Framework = ladders.value;
const checked = validateAssessment(JSON.parse(readFileSync(process.argv[3]!, 'utf8')), framework);
if (!checked.ok) throw new Error(checked.problems.map((p) => p.code).join(', '));
const assessed = assess(framework, checked.value);
if (!assessed.ok) throw new Error(assessed.problems.map((p) => p.code).join(', '));
const report: GapReport = assessed.value;
const rendered = renderGapReport(report, 'markdown');
if (!rendered.ok) throw new Error('markdown');
const markdown: string = rendered.value;
console.log(JSON.stringify({ ladders: framework.ladders.length, status: report.competencies.map((c) => c.status), markdown: markdown.split('\n')[0] }));
