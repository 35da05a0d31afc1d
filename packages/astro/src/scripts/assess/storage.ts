// The draft lives in this browser's localStorage only; private modes that refuse storage still work.
// Beside it, each earlier draft the page would otherwise have replaced is kept under a key of its
// own (so one damaged entry never takes the others with it), until the person discards it.
export const DRAFT_KEY = 'rungs:self-assessment:draft';
const KEPT_PREFIX = 'rungs:self-assessment:kept:';

/** An earlier draft kept aside: replaced by another start, or one this page could not read. */
export interface KeptDraft {
	key: string;
	keptAt: number;
	why: 'replaced' | 'unreadable';
	text: string;
}

export function readDraft(): string | undefined {
	try {
		return localStorage.getItem(DRAFT_KEY) ?? undefined;
	} catch {
		return undefined;
	}
}

export function writeDraft(text: string): boolean {
	try {
		localStorage.setItem(DRAFT_KEY, text);
		return true;
	} catch {
		return false;
	}
}

export function clearDraft(): void {
	try {
		localStorage.removeItem(DRAFT_KEY);
	} catch {
		/* nothing stored */
	}
}

/** Keeps a draft's text aside; false when the browser has no room (then nothing may replace it). */
export function keepAside(text: string, why: KeptDraft['why']): boolean {
	try {
		let keptAt = Date.now();
		while (localStorage.getItem(`${KEPT_PREFIX}${keptAt}`) !== null) keptAt++;
		localStorage.setItem(`${KEPT_PREFIX}${keptAt}`, JSON.stringify({ why, text }));
		return true;
	} catch {
		return false;
	}
}

export const isKeptKey = (key: string | null) => key !== null && key.startsWith(KEPT_PREFIX);

/** The drafts kept aside, newest first. An entry whose wrapper was damaged is listed as unreadable, with its text as found. */
export function keptDrafts(): KeptDraft[] {
	const found: KeptDraft[] = [];
	try {
		for (let i = 0; i < localStorage.length; i++) {
			const key = localStorage.key(i);
			if (!isKeptKey(key)) continue;
			const raw = localStorage.getItem(key!) ?? '';
			const keptAt = Number(key!.slice(KEPT_PREFIX.length)) || 0;
			let entry: KeptDraft = { key: key!, keptAt, why: 'unreadable', text: raw };
			try {
				const data = JSON.parse(raw) as { why?: unknown; text?: unknown };
				if ((data.why === 'replaced' || data.why === 'unreadable') && typeof data.text === 'string') entry = { key: key!, keptAt, why: data.why, text: data.text };
			} catch {
				/* listed as found */
			}
			found.push(entry);
		}
	} catch {
		/* no storage: nothing kept */
	}
	return found.sort((a, b) => b.keptAt - a.keptAt);
}

export function discardKept(key: string): void {
	try {
		if (isKeptKey(key)) localStorage.removeItem(key);
	} catch {
		/* nothing stored */
	}
}

/** Everything this page keeps in the browser: the draft and every draft kept aside. */
export function discardAll(): void {
	clearDraft();
	for (const kept of keptDrafts()) discardKept(kept.key);
}
