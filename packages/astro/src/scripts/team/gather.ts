/*
 * The files a person opened, however they did it: chosen one by one, chosen as a folder
 * (`webkitdirectory`), or dropped as files and folders. Folders are walked here, in the browser;
 * only files whose names say they are assessments are kept, the others counted.
 */

/** A file and the name the page shows for it: its path inside the folder opened, else its own name. */
export interface Opened {
	name: string;
	file: File;
}

export interface Gathered {
	files: Opened[];
	/** Files left unread because their names do not say they are assessments (a folder's README, say). */
	skipped: number;
}

const READ = /\.(ya?ml|json|ndjson|jsonl)$/i;
/** Hidden files and folders (`.git`, `.DS_Store`) are never someone's assessment. */
const hidden = (path: string) => path.split('/').some((part) => part.startsWith('.'));

function sorted(all: Opened[]): Gathered {
	const files = all.filter((o) => READ.test(o.name) && !hidden(o.name));
	// A folder's files in path order, so the people of the summary come in the same order every time.
	files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
	return { files, skipped: all.filter((o) => !hidden(o.name)).length - files.length };
}

/** The files of a file input, with the path inside the folder when a folder was chosen. */
export function gatherFromInput(list: FileList): Gathered {
	return sorted(Array.from(list, (file) => ({ name: file.webkitRelativePath || file.name, file })));
}

const fileOf = (entry: FileSystemFileEntry) => new Promise<File>((resolve, reject) => entry.file(resolve, reject));

/** Every entry of a folder: readEntries gives them in batches, and an empty batch ends the folder. */
async function entriesOf(folder: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
	const reader = folder.createReader();
	const all: FileSystemEntry[] = [];
	for (;;) {
		const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
		if (batch.length === 0) return all;
		all.push(...batch);
	}
}

async function walk(entry: FileSystemEntry, into: Opened[]): Promise<void> {
	const name = entry.fullPath.replace(/^\//, '');
	if (entry.isFile) into.push({ name, file: await fileOf(entry as FileSystemFileEntry) });
	else if (entry.isDirectory && !hidden(name)) for (const inner of await entriesOf(entry as FileSystemDirectoryEntry)) await walk(inner, into);
}

/**
 * The files of a drop, folders walked. The entries are taken at once: a DataTransfer is emptied
 * when the drop event ends, so nothing may be awaited before.
 */
export function gatherFromDrop(data: DataTransfer): Promise<Gathered> {
	const entries = Array.from(data.items, (item) => (item.kind === 'file' ? item.webkitGetAsEntry() : null));
	const loose = entries.every((entry) => entry === null) ? Array.from(data.files, (file) => ({ name: file.name, file })) : [];
	return (async () => {
		const all: Opened[] = [...loose];
		for (const entry of entries) if (entry) await walk(entry, all);
		return sorted(all);
	})();
}
