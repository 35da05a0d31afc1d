// Rows for assessments that arrive as data objects (#13, #20): how fast Rungs checks them clean and
// with one warning, and how Rungs' check + assess compares with ajv + assess on the same objects.
// ajv checks the shape only (the JSON Schema): Rungs also checks every reference, scale value and
// target against the framework, and locates every problem; the row says what that costs.
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { assess, problemsOf, validateAssessment } from '@rungs/core';
import { median, spread } from './measure.js';

/**
 * Milliseconds per pass of each function, passes interleaved so all see the same machine: the median
 * of each, and every pass's times so a ratio can be taken pass by pass (median and range).
 */
function interleaved(fns, passes = 9) {
	const times = fns.map(() => []);
	for (let p = 0; p < passes + 2; p++) {
		fns.forEach((fn, i) => {
			const start = performance.now();
			fn();
			// The first two passes warm the JIT up.
			if (p >= 2) times[i].push(performance.now() - start);
		});
	}
	return times;
}

/** The ratio of two functions' times, pass by pass: median and range. */
const ratioOf = (a, b) => spread(a.map((t, i) => t / b[i]));

export function objectRows({ row, framework, assessmentsOf, schemaFile }) {
	const data = assessmentsOf(20000);
	// The same objects with one warning each: made on the ladder's previous patch version.
	const [major, minor, patch] = data[0].ladder.version.split('.').map(Number);
	const older = `${major}.${minor}.${patch === 0 ? 1 : patch - 1}`;
	const warned = data.map((a) => ({ ...a, ladder: { ...a.ladder, version: older } }));
	const first = validateAssessment(warned[0], framework);
	if (!first.ok || first.warnings.length !== 1) throw new Error(`the warned assessment should have one warning: ${JSON.stringify(problemsOf(first))}`);

	const ajv = new Ajv2020({ allErrors: true, strict: false });
	(addFormats.default ?? addFormats)(ajv);
	const ajvValidate = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')));

	const rungsClean = () => {
		for (const a of data) if (!validateAssessment(a, framework).ok) throw new Error('a generated assessment is invalid');
	};
	const rungsWarned = () => {
		for (const a of warned) if (problemsOf(validateAssessment(a, framework)).length !== 1) throw new Error('expected one warning');
	};
	const rungsAssess = () => {
		for (const a of data) {
			const checked = validateAssessment(a, framework);
			if (!checked.ok) throw new Error('a generated assessment is invalid');
			assess(framework, checked.value);
		}
	};
	const ajvAssess = () => {
		for (const a of data) {
			if (!ajvValidate(a)) throw new Error(`ajv refuses a generated assessment: ${ajv.errorsText(ajvValidate.errors)}`);
			assess(framework, a);
		}
	};
	const ajvOnly = () => {
		for (const a of data) if (!ajvValidate(a)) throw new Error('ajv refuses a generated assessment');
	};
	const times = interleaved([rungsClean, rungsWarned, rungsAssess, ajvAssess, ajvOnly]);
	const [clean, withWarning, ours, theirs, ajvAlone] = times.map(median);
	const perSecond = (ms) => data.length / (ms / 1000);
	const fmt = (ms) => `${Math.round(perSecond(ms)).toLocaleString('en')}/s`;
	const againstAjv = ratioOf(times[0], times[4]);
	row('check an assessment object, valid (shape and every reference)', fmt(clean), `ajv, shape only: ${fmt(ajvAlone)}`, 'for the record (see the next rows)', true, { ratio: againstAjv, perSecond: perSecond(clean) });
	const warnRatio = ratioOf(times[1], times[0]);
	row(
		'check an assessment object with one warning',
		fmt(withWarning),
		`the same objects valid, ${fmt(clean)}`,
		'≤ 2× the valid case',
		warnRatio.median <= 2,
		{ ratio: warnRatio, perSecond: perSecond(withWarning) },
	);
	const ajvRatio = ratioOf(times[2], times[3]);
	row(
		'validateAssessment + assess, one object (every reference checked)',
		fmt(ours),
		`ajv (JSON Schema, shape only) + assess ${fmt(theirs)}`,
		'≤ 1.5× ajv + assess',
		ajvRatio.median <= 1.5,
		{ ratio: ajvRatio, perSecond: perSecond(ours) },
	);
}
