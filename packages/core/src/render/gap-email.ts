import type { GapReport } from '../schema/gap-report.ts';
import { fail, succeed, type Result } from '../diagnostics/result.ts';
import { ArgumentCheck, checkOptionKeys } from '../rules/check-options.ts';
import { assessorWords, disclaimer, evidenceLine, gapTags, moveWords, ratingWords, statusWords, wordsOf, type MessageOptions, type Words } from './common.ts';
import { bar, cell, EMAIL, emailDocument, heading, paragraph, style } from './email-html.ts';
import { escapeHtml as h, safeLink } from './html.ts';
import { inlineHtml } from './inline.ts';
import { catalogFor, checkLocale, type Locale, type LocaleCatalogs } from './locales.ts';
import { englishCore, type CoreCode } from '../messages/english-core.ts';
import { englishEmail, type EmailParams } from '../messages/email-english.ts';
import { frenchCore } from '../messages/french-core.ts';
import { frenchEmail } from '../messages/french-email.ts';

type EmailCode = CoreCode | keyof EmailParams;
// An email's words in each language: a gap report's and the email's own (subject, chart caption).
const EMAIL_CATALOGS: LocaleCatalogs<EmailCode> = {
	en: /* @__PURE__ */ Object.freeze({ ...englishCore, ...englishEmail }),
	fr: /* @__PURE__ */ Object.freeze({ ...frenchCore, ...frenchEmail }),
};
import { renderGapText } from './render-text.ts';

/** A gap report as an email: its subject, HTML that mail clients keep, and the same in plain text. */
export interface GapEmail {
	subject: string;
	html: string;
	text: string;
}

/** Options of `renderGapEmail`: a language, or your own catalog (which wins). */
export interface EmailOptions extends MessageOptions {
	locale?: Locale;
}

const STATUS_COLOUR = { exceeds: EMAIL.good, meets: EMAIL.good, below: EMAIL.bad, unrated: EMAIL.muted } as const;

const list = (items: string[]) => (items.length === 0 ? '' : `<ul${style({ 'font-family': EMAIL.font, 'font-size': '14px', color: EMAIL.text, margin: '0 0 10px', padding: '0 0 0 20px' })}>${items.map((i) => `<li${style({ margin: '0 0 4px' })}>${i}</li>`).join('')}</ul>`);

/** The chart as a table of bars: one row per competency, its rating and status written beside the bar. */
function barTable(w: Words<EmailCode>, report: GapReport): string {
	const values = report.scale.values;
	const meets = values.find((v) => v.id === report.scale.meets)?.label ?? report.scale.meets;
	const caption = w.say('email.chartCaption', { lowest: values[0]?.label ?? '', highest: values[values.length - 1]?.label ?? '', meets });
	const rows = report.competencies.map((gap) => {
		const share = gap.rating ? (gap.rating.rank + 1) / values.length : 0;
		const tags = gapTags(w, report, gap);
		const name = `${h(gap.name)}${tags.length ? `<br><span${style({ 'font-size': '12px', color: EMAIL.muted, 'font-weight': 'normal' })}>${h(tags.join(', '))}</span>` : ''}`;
		return `<tr>${cell(name, { 'font-weight': 'bold', width: '38%' }, 'th', ' scope="row"')}${cell(bar(share, STATUS_COLOUR[gap.status], `${ratingWords(w, gap)} · ${statusWords(w, gap.status)}`))}</tr>`;
	});
	return `<table role="table" width="100%" cellpadding="0" cellspacing="0" border="0"${style({ 'border-collapse': 'collapse', 'font-family': EMAIL.font, 'font-size': '14px', color: EMAIL.text, margin: '0 0 16px' })}><caption${style({ 'text-align': 'left', 'font-size': '13px', color: EMAIL.muted, padding: '0 0 6px' })}>${h(caption)}</caption>${rows.join('')}</table>`;
}

function emailHtml(w: Words<EmailCode>, report: GapReport): string {
	const out: string[] = [heading(w.say('gap.title', { name: report.person.name }), 1)];
	out.push(paragraph(`${h(moveWords(w, report))}<br>${h(w.say('report.assessedOn', { assessor: assessorWords(w, report), date: w.say('report.date', { date: report.date }) }))}`, { color: EMAIL.muted }));
	out.push(heading(w.say('gap.readiness', {})));
	const verdict = report.readiness.meetsRule ? `✓ ${w.say('gap.meetsRule', {})}` : `✗ ${w.say('gap.notYet', {})}`;
	out.push(paragraph(`<strong${style({ color: report.readiness.meetsRule ? EMAIL.good : EMAIL.warn })}>${h(verdict)}.</strong> ${h(w.message(report.readiness.headline))}`));
	out.push(paragraph(h(w.say('gap.rule', { rule: w.message(report.readiness.ruleDescription) })), { color: EMAIL.muted, 'font-size': '13px' }));
	out.push(list(report.readiness.blockers.map((b) => h(w.message(b)))));
	out.push(paragraph(h(w.say('gap.counts', { ...report.readiness.counts, ...report.readiness.evidenceCoverage }))));
	if (report.readiness.points) out.push(paragraph(h(w.say('gap.points', report.readiness.points))));
	out.push(heading(w.say('gap.ratings', {})), barTable(w, report));
	const work = report.competencies.filter((g) => g.toShow.length > 0 || g.evidence.items.length > 0 || g.note);
	if (work.length > 0) out.push(heading(w.say('gap.details', {})));
	for (const gap of work) {
		out.push(paragraph(`<strong>${h(gap.name)}</strong>`, { margin: '14px 0 4px' }));
		if (gap.note) out.push(paragraph(h(w.say('report.note', { note: gap.note }))));
		if (gap.toShow.length > 0) {
			out.push(paragraph(h(w.say('text.label', { label: w.say('gap.stillToShow', {}) })), { margin: '0 0 4px', color: EMAIL.muted }));
			out.push(list(gap.toShow.map((s) => `${inlineHtml(s.text)} <span${style({ color: EMAIL.muted })}>(${h(s.levelTitle)})</span>`)));
		}
		if (gap.evidence.items.length > 0) {
			out.push(paragraph(h(w.say('text.label', { label: w.say('gap.evidence', {}) })), { margin: '0 0 4px', color: EMAIL.muted }));
			out.push(list(gap.evidence.items.map((item) => safeLink(item.url, evidenceLine(w, { ...item, url: undefined })))));
		}
	}
	if (report.leftBehind.length > 0) out.push(paragraph(h(w.say('report.leftBehind', { ladder: report.target.ladderTitle, names: report.leftBehind.map((c) => c.name) }))));
	if (report.notes) out.push(paragraph(h(w.say('report.notes', { notes: report.notes }))));
	out.push(paragraph(h(disclaimer(w)), { color: EMAIL.muted, 'font-size': '12px', margin: '24px 0 0' }));
	return emailDocument(w.say('document.lang', {}), w.say('gap.title', { name: report.person.name }), out.join(''));
}

/**
 * A gap report as an email: a subject line, HTML that survives mail clients (every style inline,
 * tables for layout, no script, SVG, class or CSS variable; the chart as a table of bars, each with
 * its rating written beside it) and the same report as plain text, for the `text/plain` part. An
 * unknown option is a problem (`INVALID_OPTION`).
 *
 * @example
 * const email = renderGapEmail(report, { locale: 'fr' });
 * if (email.ok) await writeFile('report.html', email.value.html);
 */
export function renderGapEmail(report: GapReport, options: EmailOptions = {}): Result<GapEmail> {
	const check = new ArgumentCheck('options');
	const read = checkOptionKeys(check, options, ['locale', 'messages']);
	if (read?.locale !== undefined) checkLocale(check, ['locale'], read.locale);
	if (check.problems.length > 0) return fail(check.problems);
	const given = (read ?? {}) as EmailOptions;
	const messages = catalogFor(EMAIL_CATALOGS, given.locale, given.messages);
	const w = wordsOf({ messages }, EMAIL_CATALOGS.en);
	const subject = w.say('email.subject', {
		name: report.person.name,
		target: report.target.title,
		verdict: report.readiness.meetsRule ? w.say('gap.meetsRule', {}) : w.say('gap.notYet', {}),
	});
	return succeed({ subject, html: emailHtml(w, report), text: renderGapText(report, { messages }) });
}
