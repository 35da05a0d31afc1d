import type { CalibrationReport, CompetencyGap, GapReport } from '../schema/gap-report.ts';
import { renderCalibrationChartSvg, renderGapChartSvg } from './chart-svg.ts';
import { assessorWords, blockersToSay, byCategory, disclaimer, evidenceWords, gapTags, moveWords, statusWords, wordsOf, type MessageOptions, type Words } from './common.ts';
import { escapeHtml as e, safeLink } from './html.ts';
import { inlineHtml } from './inline.ts';

export interface HtmlOptions extends MessageOptions {
	/** Leave the chart out (the table carries the same data). */
	chart?: boolean;
	/** The heading level the report starts at (2 gives an `<h2>`), to fit the page around it. */
	headingLevel?: 1 | 2 | 3;
	/** A prefix for element ids, unique on the page. */
	idPrefix?: string;
}

const heading = (level: number, text: string, id?: string) => `<h${level}${id ? ` id="${id}"` : ''}>${text}</h${level}>`;
const columns = (w: Words, codes: ReadonlyArray<'column.competency' | 'column.rating' | 'column.status' | 'column.evidence'>) =>
	codes.map((code) => `<th scope="col">${e(w.say(code, {}))}</th>`).join('');
const scaleAxis = (scale: GapReport['scale']) => ({ scaleLabels: scale.values.map((v) => v.label), meetsRank: scale.values.findIndex((v) => v.id === scale.meets) });

function evidenceList(w: Words, gap: CompetencyGap): string {
	if (gap.evidence.items.length === 0) return '';
	const items = gap.evidence.items
		.map((item) => {
			const when = item.date ? ` <span class="rungs-muted">(${e(w.say('report.date', { date: item.date }))}${item.kind ? `, ${e(item.kind)}` : ''})</span>` : item.kind ? ` <span class="rungs-muted">(${e(item.kind)})</span>` : '';
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
	const w = wordsOf(options);
	const out: string[] = [];
	out.push(`<article class="rungs-report" aria-labelledby="${id}-title">`);
	out.push(`<header class="rungs-report-header">${heading(h, e(w.say('gap.title', { name: report.person.name })), `${id}-title`)}`);
	out.push(`<p class="rungs-move">${e(moveWords(w, report))}</p><p class="rungs-muted">${e(w.say('report.assessedOn', { assessor: assessorWords(w, report), date: report.date }))}</p></header>`);

	out.push(`<section class="rungs-readiness rungs-readiness-${r.meetsRule ? 'meets' : 'not-yet'}" aria-labelledby="${id}-readiness">`);
	out.push(heading(h + 1, e(w.say('gap.readiness', {})), `${id}-readiness`));
	const said = blockersToSay(r);
	out.push(`<p class="rungs-verdict"><strong>${e(r.meetsRule ? w.say('gap.meetsRule', {}) : w.say('gap.notYet', {}))}.</strong> ${e(w.message(said.headline))}</p>`);
	out.push(`<p class="rungs-rule">${e(w.say('gap.rule', { rule: w.message(r.ruleDescription) }))}</p>`);
	if (said.blockers.length > 0) out.push(`<ul class="rungs-blockers">${said.blockers.map((b) => `<li>${e(w.message(b))}</li>`).join('')}</ul>`);
	const counts = e(w.say('gap.counts', { ...r.counts, ...r.evidenceCoverage }));
	out.push(`<p class="rungs-counts">${counts}${r.points ? ` ${e(w.say('gap.points', r.points))}.` : ''}</p></section>`);

	out.push(`<section class="rungs-ratings" aria-labelledby="${id}-ratings">${heading(h + 1, e(w.say('gap.ratings', {})), `${id}-ratings`)}`);
	if (options.chart !== false) {
		const summary = `<figcaption class="rungs-chart-summary">${e(w.say('gap.countsShort', { ...r.counts, ...r.evidenceCoverage }))}</figcaption>`;
		out.push(`<figure class="rungs-figure">${renderGapChartSvg(report, { id: `${id}-chart`, ...scaleAxis(report.scale), messages: options.messages })}${summary}</figure>`);
	}
	out.push(`<div class="rungs-table-wrap" tabindex="0" role="region" aria-label="${e(w.say('gap.ratingsTable', {}))}"><table class="rungs-table">`);
	out.push(`<caption>${e(w.say('gap.ratingsCaption', { target: report.target.title }))}</caption>`);
	out.push(`<thead><tr>${columns(w, ['column.competency', 'column.rating', 'column.status', 'column.evidence'])}</tr></thead><tbody>`);
	for (const [category, gaps] of byCategory(report)) {
		out.push(`<tr class="rungs-category"><th scope="rowgroup" colspan="4">${e(category)}</th></tr>`);
		for (const gap of gaps) {
			const tags = gapTags(w, report, gap);
			const confidence = gap.confidence ? ` <span class="rungs-muted">(${e(w.say('rating.confidence', { confidence: gap.confidence }))})</span>` : '';
			out.push(
				`<tr><th scope="row">${e(gap.name)}${tags.map((t) => ` <span class="rungs-tag">${e(t)}</span>`).join('')}</th><td>${e(gap.rating?.label ?? '—')}${confidence}</td><td><span class="rungs-status rungs-status-${gap.status}">${e(statusWords(w, gap.status))}</span></td><td>${e(evidenceWords(w, gap))}</td></tr>`,
			);
		}
	}
	out.push('</tbody></table></div></section>');

	const work = report.competencies.filter((g) => g.toShow.length > 0 || g.evidence.items.length > 0 || g.note);
	if (work.length > 0) {
		out.push(`<section class="rungs-details" aria-labelledby="${id}-details">${heading(h + 1, e(w.say('gap.details', {})), `${id}-details`)}`);
		for (const gap of work) {
			// A statement of the target level itself needs no label; one from a level below says which.
			const levelNote = (title: string) => (title === report.target.title ? '' : ` <span class="rungs-muted">(${e(title)})</span>`);
			const only = gap.toShow.length === 0 ? ' rungs-no-gap' : '';
			out.push(`<section class="rungs-competency${only}">${heading(h + 2, e(gap.name))}`);
			if (gap.note) out.push(`<p class="rungs-note">${e(gap.note)}</p>`);
			if (gap.toShow.length > 0) {
				out.push(`<p class="rungs-label">${e(w.say('gap.stillToShow', {}))}</p><ul class="rungs-to-show">${gap.toShow.map((s) => `<li>${inlineHtml(s.text)}${levelNote(s.levelTitle)}</li>`).join('')}</ul>`);
			}
			if (gap.evidence.items.length > 0) out.push(`<p class="rungs-label rungs-label-evidence">${e(w.say('gap.evidence', {}))}</p>${evidenceList(w, gap)}`);
			out.push('</section>');
		}
		out.push('</section>');
	}
	if (report.leftBehind.length > 0) out.push(`<p class="rungs-left-behind">${e(w.say('report.leftBehind', { ladder: report.target.ladderTitle, names: report.leftBehind.map((c) => c.name) }))}</p>`);
	if (report.notes) out.push(`<p class="rungs-note">${e(w.say('report.notes', { notes: report.notes }))}</p>`);
	out.push(`<p class="rungs-disclaimer">${e(disclaimer(w))}</p></article>`);
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
	const w = wordsOf(options);
	// "Self", "Manager (Ruth)": the role starts a heading or a line, so it takes a capital.
	const who = (s: CalibrationReport['first']) => {
		const words = w.say('calibration.assessor', { role: s.assessor.role, name: s.assessor.name ?? null });
		return `${words.charAt(0).toUpperCase()}${words.slice(1)}`;
	};
	const out = [
		`<article class="rungs-report rungs-calibration" aria-labelledby="${id}-title">`,
		`<header class="rungs-report-header">${heading(h, e(w.say('calibration.title', { name: report.person.name })), `${id}-title`)}`,
		`<p class="rungs-move">${e(w.say('calibration.towardsOnLadder', { target: report.target.title, ladder: report.target.ladderTitle }))}</p>`,
		`<p class="rungs-muted">${e(w.say('calibration.sidesSentence', { first: who(report.first), firstDate: report.first.date, second: who(report.second), secondDate: report.second.date }))}</p></header>`,
		`<p class="rungs-counts">${e(w.say('calibration.summarySentence', report.summary))}</p>`,
	];
	if (options.chart !== false) out.push(`<figure class="rungs-figure">${renderCalibrationChartSvg(report, { id: `${id}-chart`, ...scaleAxis(report.scale), messages: options.messages })}</figure>`);
	out.push(`<div class="rungs-table-wrap" tabindex="0" role="region" aria-label="${e(w.say('calibration.table', {}))}"><table class="rungs-table">`);
	out.push(
		`<caption>${e(w.say('calibration.caption', {}))}</caption><thead><tr><th scope="col">${e(w.say('column.competency', {}))}</th><th scope="col">${e(who(report.first))}</th><th scope="col">${e(who(report.second))}</th><th scope="col">${e(w.say('column.difference', {}))}</th></tr></thead><tbody>`,
	);
	for (const row of report.competencies) {
		// A true minus sign: screen readers say "minus", and it lines up with the plus.
		const delta = row.delta === null ? '—' : row.delta > 0 ? `+${row.delta}` : row.delta < 0 ? `\u2212${-row.delta}` : '0';
		out.push(
			`<tr class="rungs-agreement-${row.agreement}"><th scope="row">${e(row.name)}</th><td>${e(row.first.rating?.label ?? '—')}</td><td>${e(row.second.rating?.label ?? '—')}</td><td>${delta}${row.agreement === 'discuss' ? ` <span class="rungs-tag">${e(w.say('calibration.discuss', {}))}</span>` : ''}</td></tr>`,
		);
	}
	out.push('</tbody></table></div>');
	const discuss = report.competencies.filter((row) => row.agreement === 'discuss');
	if (discuss.length > 0) {
		out.push(`<section aria-labelledby="${id}-discuss">${heading(h + 1, e(w.say('calibration.toDiscuss', {})), `${id}-discuss`)}`);
		for (const row of discuss) {
			out.push(`<section class="rungs-competency">${heading(h + 2, e(row.name))}<div class="rungs-sides">`);
			for (const [side, label] of [[row.first, who(report.first)], [row.second, who(report.second)]] as const) {
				const evidence = side.evidence.length > 0 ? `<ul class="rungs-evidence">${side.evidence.map((item) => `<li>${safeLink(item.url, item.summary)}</li>`).join('')}</ul>` : `<p class="rungs-muted">${e(w.say('calibration.noEvidence', {}))}</p>`;
				out.push(`<div class="rungs-side"><p class="rungs-label">${e(w.say('text.label', { label }))} ${e(side.rating?.label ?? statusWords(w, 'unrated'))}</p>${side.note ? `<p class="rungs-note">${e(side.note)}</p>` : ''}${evidence}</div>`);
			}
			out.push('</div></section>');
		}
		out.push('</section>');
	}
	out.push(`<p class="rungs-disclaimer">${e(disclaimer(w))}</p></article>`);
	return out.join('');
}
