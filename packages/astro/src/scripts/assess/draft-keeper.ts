// When the stored draft may be replaced, and how it is kept aside when it is. The rule: the stored
// draft is replaced only by the person's own edits of that same draft. When the page shows anything
// else (a file, someone's share link, a move, an earlier draft brought back) or another tab wrote the
// draft since, the person's first edit keeps the stored draft aside before it writes over it; when
// the browser has no room to keep it aside, the edit is not written at all.
import type { Assessment, Framework } from '@rungs/core';
import { draftText, readDraftText, type DraftRead } from './draft-format.ts';
import { discardKept, keepAside, readDraft, writeDraft, type KeptDraft } from './storage.ts';

export type KeepResult = 'kept' | 'kept-and-set-aside' | 'no-room' | 'no-storage';

/** The stored draft's assessment, for comparing: a draft equal to the page need not be kept twice. */
function sameAssessment(text: string, assessment: Assessment, framework: Framework): boolean {
	const read = readDraftText(text, framework);
	return read.ok && JSON.stringify(read.assessment) === JSON.stringify(assessment);
}

/** Writes the page's assessment as the draft; when `continuing` is false, the stored draft goes aside first. */
export function keepDraft(assessment: Assessment, continuing: boolean, framework: Framework): KeepResult {
	let setAside = false;
	if (!continuing) {
		const stored = readDraft();
		if (stored !== undefined && !sameAssessment(stored, assessment, framework)) {
			if (!keepAside(stored, 'replaced')) return 'no-room';
			setAside = true;
		}
	}
	if (!writeDraft(draftText(assessment))) return setAside ? 'no-room' : 'no-storage';
	return setAside ? 'kept-and-set-aside' : 'kept';
}

/** The stored draft, read leniently; undefined when there is none. */
export function storedDraft(framework: Framework): { text: string; read: DraftRead } | undefined {
	const text = readDraft();
	return text === undefined ? undefined : { text, read: readDraftText(text, framework) };
}

/**
 * Makes an earlier draft the stored one again, keeping the stored draft aside in its place (so
 * bringing one back can itself be undone). Undefined when the browser has no room for the swap.
 */
export function bringBack(entry: KeptDraft, framework: Framework): Assessment | undefined {
	const read = readDraftText(entry.text, framework);
	if (!read.ok) return undefined;
	const stored = readDraft();
	if (stored !== undefined && !sameAssessment(stored, read.assessment, framework) && !keepAside(stored, 'replaced')) return undefined;
	if (!writeDraft(entry.text)) return undefined;
	discardKept(entry.key);
	return read.assessment;
}
