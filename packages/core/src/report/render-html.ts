import type { CalibrationReport, CompetencyGap, GapReport } from '../schema/gap-report.ts';
import { renderCalibrationChartSvg, renderGapChartSvg } from './chart-svg.ts';
import { assessorWords, byCategory, DISCLAIMER, evidenceWords, gapTags, moveWords, STATUS_WORDS } from './common.ts';
import { escapeHtml as e, safeLink } from './html.ts';

export interface HtmlOptions {
	/** Leave the chart out (the table carries the same data). */
	chart?: boolean;
	/** The heading level the report starts at (2 gives an `<h2>`), to fit the page around it. */
	headingLevel?: 1 | 2 | 3;
	/** A prefix for element ids, unique on the page. */
	idPrefix?: string;
}

const heading = (level: number, text: string, id?: string) => `<h${level}${id ? ` id="${id}"` : ''}>${text}</h${level}>`;
const scaleAxis = (scale: GapReport['scale']) => ({ scaleLabels: scale.values.map((v) => v.label), meetsRank: scale.values.findIndex((v) => v.id === scale.meets) });

function evidenceList(gap: CompetencyGap): string {
	if (gap.evidence.items.length === 0) return '';
	const items = gap.evidence.items
		.map((item) => {
			const when = item.date ? ` <span class="rungs-muted">(${e(item.date)}${item.kind ? `, ${e(item.kind)}` : ''})</span>` : item.kind ? ` <span class="rungs-muted">(${e(item.kind)})</span>` : '';
			return `<li>${safeLink(item.url, item.summary)}${when}</li>`;
		})
		.join('');
	return `<ul class="rungs-evidence">${items}</ul>`;
}

/**
 * A gap report as an HTML fragment: readiness, an accessible SVG chart with the same data in a
 * table, the behaviours still to show, and the evidence. Every text that came from a file is
 * escaped, and links are kept only for http(s) addresses.
 *
 * @example
 * main.innerHTML = renderGapHtml(report, { headingLevel: 2 });
 */
export function renderGapHtml(report: GapReport, options: HtmlOptions = {}): string {
	const h = options.headingLevel ?? 2;
	const id = options.idPrefix ?? 'rungs-report';
	const r = report.readiness;
	const out: string[] = [];
	out.push(`<article class="rungs-report" aria-labelledby="${id}-title">`);
	out.push(`<header class="rungs-report-header">${heading(h, `Gap report: ${e(report.person.name)}`, `${id}-title`)}`);
	out.push(`<p class="rungs-move">${e(moveWords(report))}</p><p class="rungs-muted">${e(assessorWords(report))} of ${e(report.date)}</p></header>`);

	out.push(`<section class="rungs-readiness rungs-readiness-${r.meetsRule ? 'meets' : 'not-yet'}" aria-labelledby="${id}-readiness">`);
	out.push(heading(h + 1, 'Readiness', `${id}-readiness`));
	out.push(`<p class="rungs-verdict"><strong>${r.meetsRule ? 'Meets the rule' : 'Not yet'}.</strong> ${e(r.headline)}</p>`);
	out.push(`<p class="rungs-rule">Rule: ${e(r.ruleDescription)}</p>`);
	if (r.blockers.length > 0) out.push(`<ul class="rungs-blockers">${r.blockers.map((b) => `<li>${e(b.message)}</li>`).join('')}</ul>`);
	const counts = `${r.counts.exceeds} exceed, ${r.counts.meets} meet, ${r.counts.below} below, ${r.counts.unrated} not rated. Evidence given for ${r.evidenceCoverage.evidenced}, claimed without evidence for ${r.evidenceCoverage.claimed}.`;
	out.push(`<p class="rungs-counts">${counts}${r.points ? ` Points: ${r.points.scored} scored, ${r.points.needed} needed, ${r.points.available} available.` : ''}</p></section>`);

	out.push(`<section class="rungs-ratings" aria-labelledby="${id}-ratings">${heading(h + 1, 'Ratings against the target', `${id}-ratings`)}`);
	if (options.chart !== false) out.push(`<figure class="rungs-figure">${renderGapChartSvg(report, { id: `${id}-chart`, ...scaleAxis(report.scale) })}</figure>`);
	out.push('<div class="rungs-table-wrap" tabindex="0" role="region" aria-label="Ratings table"><table class="rungs-table">');
	out.push(`<caption>Each competency's rating against ${e(report.target.title)}</caption>`);
	out.push('<thead><tr><th scope="col">Competency</th><th scope="col">Rating</th><th scope="col">Status</th><th scope="col">Evidence</th></tr></thead><tbody>');
	for (const [category, gaps] of byCategory(report)) {
		out.push(`<tr class="rungs-category"><th scope="rowgroup" colspan="4">${e(category)}</th></tr>`);
		for (const gap of gaps) {
			const tags = gapTags(report, gap);
			out.push(
				`<tr><th scope="row">${e(gap.name)}${tags.map((t) => ` <span class="rungs-tag">${t}</span>`).join('')}</th><td>${e(gap.rating?.label ?? '—')}${gap.confidence ? ` <span class="rungs-muted">(${e(gap.confidence)} confidence)</span>` : ''}</td><td><span class="rungs-status rungs-status-${gap.status}">${STATUS_WORDS[gap.status]}</span></td><td>${evidenceWords(gap)}</td></tr>`,
			);
		}
	}
	out.push('</tbody></table></div></section>');

	const work = report.competencies.filter((g) => g.toShow.length > 0 || g.evidence.items.length > 0 || g.note);
	if (work.length > 0) {
		out.push(`<section class="rungs-details" aria-labelledby="${id}-details">${heading(h + 1, 'Still to show, and the evidence', `${id}-details`)}`);
		for (const gap of work) {
			const only = gap.toShow.length === 0 ? ' rungs-no-gap' : '';
			out.push(`<section class="rungs-competency${only}">${heading(h + 2, e(gap.name))}`);
			if (gap.note) out.push(`<p class="rungs-note">${e(gap.note)}</p>`);
			if (gap.toShow.length > 0) {
				out.push(`<p class="rungs-label">Still to show</p><ul class="rungs-to-show">${gap.toShow.map((s) => `<li>${e(s.text)} <span class="rungs-muted">(${e(s.levelTitle)})</span></li>`).join('')}</ul>`);
			}
			if (gap.evidence.items.length > 0) out.push(`<p class="rungs-label rungs-label-evidence">Evidence</p>${evidenceList(gap)}`);
			out.push('</section>');
		}
		out.push('</section>');
	}
	if (report.leftBehind.length > 0) out.push(`<p class="rungs-left-behind">Not part of ${e(report.target.matrixTitle)}: ${report.leftBehind.map((c) => e(c.name)).join(', ')}.</p>`);
	if (report.notes) out.push(`<p class="rungs-note">Notes: ${e(report.notes)}</p>`);
	out.push(`<p class="rungs-disclaimer">${DISCLAIMER}</p></article>`);
	return out.join('');
}

/**
 * A calibration report as an HTML fragment: both ratings per competency, largest differences
 * first, with an accessible chart and the evidence each side gave.
 *
 * @example
 * section.innerHTML = renderCalibrationHtml(calibration);
 */
export function renderCalibrationHtml(report: CalibrationReport, options: HtmlOptions = {}): string {
	const h = options.headingLevel ?? 2;
	const id = options.idPrefix ?? 'rungs-calibration';
	// "Self", "Manager (Ruth)": the role starts a heading or a line, so it takes a capital.
	const who = (s: CalibrationReport['first']) => `${s.assessor.role.charAt(0).toUpperCase()}${s.assessor.role.slice(1)}${s.assessor.name ? ` (${s.assessor.name})` : ''}`;
	const s = report.summary;
	const out = [
		`<article class="rungs-report rungs-calibration" aria-labelledby="${id}-title">`,
		`<header class="rungs-report-header">${heading(h, `Calibration: ${e(report.person.name)}`, `${id}-title`)}`,
		`<p class="rungs-move">Towards ${e(report.target.title)}, on the ${e(report.target.matrixTitle)} ladder</p>`,
		`<p class="rungs-muted">${e(who(report.first))} on ${e(report.first.date)}; ${e(who(report.second))} on ${e(report.second.date)}</p></header>`,
		`<p class="rungs-counts">${s.agree} agree, ${s.differ} differ by one step, ${s.discuss} to discuss (two steps or more), ${s.incomplete} incomplete.</p>`,
	];
	if (options.chart !== false) out.push(`<figure class="rungs-figure">${renderCalibrationChartSvg(report, { id: `${id}-chart`, ...scaleAxis(report.scale) })}</figure>`);
	out.push('<div class="rungs-table-wrap" tabindex="0" role="region" aria-label="Calibration table"><table class="rungs-table">');
	out.push(`<caption>Ratings side by side, largest differences first. The difference counts the steps from the first rating to the second.</caption><thead><tr><th scope="col">Competency</th><th scope="col">${e(who(report.first))}</th><th scope="col">${e(who(report.second))}</th><th scope="col">Difference</th></tr></thead><tbody>`);
	for (const row of report.competencies) {
		// A true minus sign: screen readers say "minus", and it lines up with the plus.
		const delta = row.delta === null ? '—' : row.delta > 0 ? `+${row.delta}` : row.delta < 0 ? `\u2212${-row.delta}` : '0';
		out.push(
			`<tr class="rungs-agreement-${row.agreement}"><th scope="row">${e(row.name)}</th><td>${e(row.first.rating?.label ?? '—')}</td><td>${e(row.second.rating?.label ?? '—')}</td><td>${delta}${row.agreement === 'discuss' ? ' <span class="rungs-tag">discuss</span>' : ''}</td></tr>`,
		);
	}
	out.push('</tbody></table></div>');
	const discuss = report.competencies.filter((row) => row.agreement === 'discuss');
	if (discuss.length > 0) {
		out.push(`<section aria-labelledby="${id}-discuss">${heading(h + 1, 'To discuss', `${id}-discuss`)}`);
		for (const row of discuss) {
			out.push(`<section class="rungs-competency">${heading(h + 2, e(row.name))}<div class="rungs-sides">`);
			for (const [side, label] of [[row.first, who(report.first)], [row.second, who(report.second)]] as const) {
				const evidence = side.evidence.length > 0 ? `<ul class="rungs-evidence">${side.evidence.map((item) => `<li>${safeLink(item.url, item.summary)}</li>`).join('')}</ul>` : '<p class="rungs-muted">No evidence given.</p>';
				out.push(`<div class="rungs-side"><p class="rungs-label">${e(label)}: ${e(side.rating?.label ?? 'not rated')}</p>${side.note ? `<p class="rungs-note">${e(side.note)}</p>` : ''}${evidence}</div>`);
			}
			out.push('</div></section>');
		}
		out.push('</section>');
	}
	out.push(`<p class="rungs-disclaimer">${DISCLAIMER}</p></article>`);
	return out.join('');
}
