// The draft lives in this browser's localStorage only; private modes that refuse storage still work.
const KEY = 'rungs:self-assessment:draft';

export function readDraft(): string | undefined {
	try {
		return localStorage.getItem(KEY) ?? undefined;
	} catch {
		return undefined;
	}
}

export function writeDraft(text: string): boolean {
	try {
		localStorage.setItem(KEY, text);
		return true;
	} catch {
		return false;
	}
}

export function clearDraft(): void {
	try {
		localStorage.removeItem(KEY);
	} catch {
		/* nothing stored */
	}
}
