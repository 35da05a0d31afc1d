import type { LevelDecisionChange, LadderDiff } from '../diff/diff-ladders.ts';
import { escapeMarkdown as e } from './render-markdown.ts';
import { isEmptyDiff } from '../diff/diff-ladders.ts';
import { wordsOf, type MessageOptions, type Words } from './common.ts';
import { englishCore, type CoreCode } from '../messages/english-core.ts';
import { englishDiff, type DiffParams } from '../messages/diff-english.ts';

/** A diff's words fall back to English: the core words (bump reasons, labels) and the diff's own. */
const DIFF_ENGLISH = /* @__PURE__ */ Object.freeze({ ...englishCore, ...englishDiff });
type DiffWords = Words<CoreCode | keyof DiffParams>;

/** A decision's change in words: the old and the new wording when reworded, the limit only when it changed. */
function describeDecision(w: DiffWords, d: LevelDecisionChange): string {
	const quote = (text: string | undefined) => w.say('diff.quote', { text: e(text ?? '') });
	if (d.kind !== 'changed') return w.say(d.kind === 'added' ? 'diff.decisionAdded' : 'diff.decisionRemoved', { text: e(d.text) });
	const limitChanged = d.fromLimit !== undefined || d.toLimit !== undefined;
	const limit = limitChanged ? w.say('diff.limit', { from: d.fromLimit ? quote(d.fromLimit) : null, to: d.toLimit ? quote(d.toLimit) : null }) : '';
	if (d.fromText !== undefined) return w.say('diff.decisionReworded', { from: quote(d.fromText), to: quote(d.toText), limit: limit || null });
	return w.say('diff.decisionLimit', { text: quote(d.text), limit });
}

/** Options of `renderDiffMarkdown`. */
export interface DiffMarkdownOptions extends MessageOptions {
	/** A level's title, to head the statements it holds (its id otherwise). */
	levelTitle?: (ladder: string, level: string) => string;
}

/**
 * A ladder diff as Markdown, fit for a pull-request comment: the version bump first, then levels,
 * competencies and statements grouped by the level that holds them.
 *
 * @example
 * await writeFile('diff.md', renderDiffMarkdown([diffLadders(before, after)]));
 */
export function renderDiffMarkdown(diffs: readonly LadderDiff[], options: DiffMarkdownOptions = {}): string {
	const w = wordsOf(options, DIFF_ENGLISH);
	const quote = (text: string | undefined) => w.say('diff.quote', { text: e(text ?? '') });
	const out: string[] = [];
	const levelTitle = (diff: LadderDiff, level: string | undefined) => (level ? (options.levelTitle?.(diff.ladder, level) ?? level) : '');
	for (const diff of diffs) {
		const bump = diff.bump;
		const verdict = bump.sufficient ? '✅' : '⚠️';
		out.push(`## ${w.say('text.label', { label: e(diff.title) })} ${diff.fromVersion} → ${diff.toVersion}`, '');
		if (isEmptyDiff(diff)) {
			out.push(w.say('diff.noChange', {}), '');
			continue;
		}
		out.push(`${verdict} ${w.say('diff.bump', { implied: bump.implied, reasons: bump.reasons.map((reason) => e(w.say('diff.reason', reason))), declared: bump.declared })}`, '');
		if (diff.levels.added.length + diff.levels.removed.length + diff.levels.changed.length > 0 || diff.levels.reordered || diff.eachLevel) {
			out.push(`### ${w.say('diff.levels', {})}`, '');
			if (diff.eachLevel) out.push(`- ${w.say('diff.eachLevel', { to: diff.eachLevel.to })}`);
			for (const l of diff.levels.added) out.push(`- ${w.say('diff.added', { title: e(l.title), id: l.id })}`);
			for (const l of diff.levels.removed) out.push(`- ${w.say('diff.removed', { title: e(l.title), id: l.id })}`);
			if (diff.levels.reordered) out.push(`- ${w.say('diff.reordered', {})}`);
			for (const l of diff.levels.changed) {
				const parts = [
					...(l.fields.length > 0 ? [w.say('diff.rewritten', { fields: l.fields })] : []),
					...l.decisions.map((d) => describeDecision(w, d)),
					...l.outOfScope.added.map((t) => w.say('diff.outOfScope', { text: quote(t) })),
					...l.outOfScope.removed.map((t) => w.say('diff.noLongerOutOfScope', { text: quote(t) })),
					...l.escalateWhen.added.map((t) => w.say('diff.escalates', { text: quote(t) })),
					...l.escalateWhen.removed.map((t) => w.say('diff.noLongerEscalates', { text: quote(t) })),
				];
				out.push(`- ${w.say('text.label', { label: `**${e(l.title)}**` })} ${w.say('text.list', { items: parts })}`);
			}
			out.push('');
		}
		if (diff.competencies.added.length + diff.competencies.removed.length + diff.competencies.changed.length > 0) {
			out.push(`### ${w.say('diff.competencies', {})}`, '');
			for (const c of diff.competencies.added) out.push(`- ${w.say('diff.added', { title: e(c.name), id: c.id })}`);
			for (const c of diff.competencies.removed) out.push(`- ${w.say('diff.removed', { title: e(c.name), id: c.id })}`);
			for (const c of diff.competencies.changed) out.push(`- ${w.say('text.label', { label: `**${e(c.name)}**` })} ${w.say('diff.fieldsChanged', { fields: c.fields })}`);
			out.push('');
		}
		if (diff.statements.length > 0) {
			out.push(`### ${w.say('diff.statements', {})}`, '');
			const byLevel = new Map<string, typeof diff.statements>();
			for (const s of diff.statements) {
				const level = s.toLevel ?? s.fromLevel ?? '';
				byLevel.set(level, [...(byLevel.get(level) ?? []), s]);
			}
			for (const [level, changes] of byLevel) {
				out.push(`#### ${e(levelTitle(diff, level))}`, '');
				for (const s of changes) {
					const where = `**${e(s.competencyName)}** (\`${s.statement}\`)`;
					if (s.kind === 'added') out.push(`- ${w.say('text.label', { label: where })} ${w.say('diff.statementAdded', { text: quote(s.toText) })}`);
					else if (s.kind === 'removed') out.push(`- ${w.say('text.label', { label: where })} ${w.say('diff.statementRemoved', { text: quote(s.fromText) })}`);
					else if (s.kind === 'reworded') out.push(`- ${w.say('text.label', { label: where })} ${w.say('diff.statementReworded', { from: quote(s.fromText), to: quote(s.toText) })}`);
					else out.push(`- ${w.say('text.label', { label: where })} ${w.say('diff.statementMoved', { level: e(levelTitle(diff, s.fromLevel)), from: s.toText ? quote(s.fromText) : null, to: s.toText ? quote(s.toText) : null })}`);
				}
				out.push('');
			}
		}
	}
	return `${out.join('\n').trim()}\n`;
}
