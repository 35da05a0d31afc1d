import type { LevelDecisionChange, MatrixDiff } from './diff-matrices.ts';
import { escapeMarkdown as e } from '../report/render-markdown.ts';
import { isEmptyDiff } from './diff-matrices.ts';

const quote = (text: string | undefined) => `“${e(text ?? '')}”`;

/** A decision's change in words: the old and the new wording when reworded, the limit only when it changed. */
function describeDecision(d: LevelDecisionChange): string {
	if (d.kind !== 'changed') return `${d.kind === 'added' ? 'now decides alone' : 'no longer decides alone'}: ${e(d.text)}`;
	const limitChanged = d.fromLimit !== undefined || d.toLimit !== undefined;
	const limit = limitChanged ? `limit ${d.fromLimit ? quote(d.fromLimit) : 'none'} → ${d.toLimit ? quote(d.toLimit) : 'none'}` : '';
	if (d.fromText !== undefined) return `decides alone: reworded ${quote(d.fromText)} → ${quote(d.toText)}${limit ? `, ${limit}` : ''}`;
	return `decides alone: ${quote(d.text)}, ${limit}`;
}

/**
 * A ladder diff as Markdown, fit for a pull-request comment: the version bump first, then levels,
 * competencies and statements grouped by the level that holds them.
 *
 * @example
 * await writeFile('diff.md', renderDiffMarkdown([diffMatrices(before, after)]));
 */
export function renderDiffMarkdown(diffs: readonly MatrixDiff[], titles: { levelTitle?: (matrix: string, level: string) => string } = {}): string {
	const out: string[] = [];
	const levelTitle = (diff: MatrixDiff, level: string | undefined) => (level ? (titles.levelTitle?.(diff.matrix, level) ?? level) : '');
	for (const diff of diffs) {
		const bump = diff.bump;
		const verdict = bump.sufficient ? '✅' : '⚠️';
		out.push(`## ${e(diff.title)}: ${diff.fromVersion} → ${diff.toVersion}`, '');
		if (isEmptyDiff(diff)) {
			out.push('No change to the content.', '');
			continue;
		}
		out.push(`${verdict} The changes imply a **${bump.implied}** version bump (${bump.reasons.map(e).join('; ')}); the file declares ${bump.declared === 'none' ? 'no bump' : bump.declared === 'downgrade' ? 'a lower version' : `a ${bump.declared} bump`}.`, '');
		if (diff.levels.added.length + diff.levels.removed.length + diff.levels.changed.length > 0 || diff.levels.reordered) {
			out.push('### Levels', '');
			for (const l of diff.levels.added) out.push(`- Added **${e(l.title)}** (\`${l.id}\`)`);
			for (const l of diff.levels.removed) out.push(`- Removed **${e(l.title)}** (\`${l.id}\`)`);
			if (diff.levels.reordered) out.push('- Levels reordered');
			for (const l of diff.levels.changed) {
				const parts = [
					...(l.fields.length > 0 ? [`${l.fields.join(', ')} rewritten`] : []),
					...l.decisions.map(describeDecision),
					...l.outOfScope.added.map((t) => `out of scope: ${quote(t)}`),
					...l.outOfScope.removed.map((t) => `no longer out of scope: ${quote(t)}`),
					...l.escalateWhen.added.map((t) => `escalates when: ${quote(t)}`),
					...l.escalateWhen.removed.map((t) => `no longer escalates when: ${quote(t)}`),
				];
				out.push(`- **${e(l.title)}**: ${parts.join('; ')}`);
			}
			out.push('');
		}
		if (diff.competencies.added.length + diff.competencies.removed.length + diff.competencies.changed.length > 0) {
			out.push('### Competencies', '');
			for (const c of diff.competencies.added) out.push(`- Added **${e(c.name)}** (\`${c.id}\`)`);
			for (const c of diff.competencies.removed) out.push(`- Removed **${e(c.name)}** (\`${c.id}\`)`);
			for (const c of diff.competencies.changed) out.push(`- **${e(c.name)}**: ${c.fields.join(', ')} changed`);
			out.push('');
		}
		if (diff.statements.length > 0) {
			out.push('### Behaviour statements', '');
			const byLevel = new Map<string, typeof diff.statements>();
			for (const s of diff.statements) {
				const level = s.toLevel ?? s.fromLevel ?? '';
				byLevel.set(level, [...(byLevel.get(level) ?? []), s]);
			}
			for (const [level, changes] of byLevel) {
				out.push(`#### ${e(levelTitle(diff, level))}`, '');
				for (const s of changes) {
					const where = `**${e(s.competencyName)}** (\`${s.statement}\`)`;
					if (s.kind === 'added') out.push(`- ${where}: added ${quote(s.toText)}`);
					else if (s.kind === 'removed') out.push(`- ${where}: removed ${quote(s.fromText)}`);
					else if (s.kind === 'reworded') out.push(`- ${where}: reworded ${quote(s.fromText)} → ${quote(s.toText)}`);
					else out.push(`- ${where}: moved here from ${e(levelTitle(diff, s.fromLevel))}${s.toText ? `, reworded ${quote(s.fromText)} → ${quote(s.toText)}` : ''}`);
				}
				out.push('');
			}
		}
	}
	return `${out.join('\n').trim()}\n`;
}
