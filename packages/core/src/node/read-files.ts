import { constants } from 'node:fs';
import { lstat, open, readdir, realpath, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { type Problem, type SourceFile } from '../diagnostics/problem.ts';
import { createProblem } from '../diagnostics/create-problem.ts';
import { englishFsError } from '../messages/problems-files.ts';
import type { FsReason } from '../messages/problem-params.ts';
import { decodeSource, MAX_SOURCE_BYTES } from '../source/parse-yaml.ts';

/*
 * The one way Rungs walks folders and reads files, for every command, with one set of rules:
 * - regular files only: a folder, a named pipe, a socket or a device is refused with its reason;
 * - a link is followed only when what it points at stays inside the boundary (the folder being
 *   read, or the git work tree that holds it): a link leaving it is refused, never read;
 * - the byte bound is enforced while reading, never by trusting the size a file reports (files in
 *   /proc report 0 bytes and go on for ever);
 * - nothing is skipped silently: a file that is not read is a located problem with its path and why.
 */

const nowhere = { line: 1, column: 1, endColumn: 2 };
const at = (path: string) => ({ file: { path, text: '' }, span: nowhere, path: [] });
/** Bytes asked of the system per read: a file at the bound takes eight reads. */
const READ_BYTES = 64 * 1024;

export interface ReadOptions {
	/**
	 * The folder a link must stay inside to be followed (the boundary of a walk). Without it, the
	 * path was named by the caller: a link is followed wherever it points, to a regular file only.
	 */
	within?: string;
	/** The byte bound (default MAX_SOURCE_BYTES). */
	maxBytes?: number;
}

/**
 * What a failed system call means, in words, naming no internals (English; a problem carries the
 * system's code as `errno` so a catalog can word it in another language).
 *
 * @example
 * await mkdir('out/x').catch((error) => describeFsError(error)); // 'a part of the path is a file, not a folder' for ENOTDIR
 */
export function describeFsError(error: unknown): string {
	const code = errnoOf(error);
	return code ? englishFsError(code) : String((error as Error | undefined)?.message ?? error);
}

const errnoOf = (error: unknown): string | undefined => {
	const code = (error as NodeJS.ErrnoException | undefined)?.code;
	return typeof code === 'string' ? code : undefined;
};

/** Why a path was not read, as a code and the system's error code, for FILE_NOT_FOUND and FILE_NOT_READ. */
const because = (reason: FsReason, error?: unknown): { reason: FsReason; errno?: string } => {
	const errno = errnoOf(error);
	return errno ? { reason, errno } : { reason };
};

function kindOf(info: { isDirectory(): boolean; isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): FsReason {
	if (info.isDirectory()) return 'folder';
	if (info.isFIFO()) return 'named-pipe';
	if (info.isSocket()) return 'socket';
	if (info.isCharacterDevice() || info.isBlockDevice()) return 'device';
	return 'not-regular';
}

const inside = (path: string, folder: string) => path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep);

const boundaries = new Map<string, Promise<string>>();

/**
 * The boundary links must stay inside when reading below `folder`: the git work tree that holds it
 * (the nearest folder above with a `.git`), else the folder itself; as a real path.
 *
 * @example
 * const within = await linkBoundary('matrices');
 * const read = await readSourceFile('matrices/support-representative.yaml', { within });
 */
export function linkBoundary(folder: string): Promise<string> {
	const key = resolve(folder);
	let found = boundaries.get(key);
	if (!found) {
		found = (async () => {
			const real = await realpath(key).catch(() => key);
			for (let dir = real; ; dir = dirname(dir)) {
				if (await lstat(join(dir, '.git')).then(() => true, () => false)) return dir;
				if (dirname(dir) === dir) return real;
			}
		})();
		boundaries.set(key, found);
	}
	return found;
}

type Read = { bytes: Uint8Array } | { refused: FsReason } | { tooLarge: number | null };

/** A regular file's bytes, read up to one byte past the bound, and no further. */
async function readBounded(path: string, limit: number): Promise<Read> {
	// O_NONBLOCK: opening a named pipe must not wait for a writer; it changes nothing for files.
	const handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
	try {
		const info = await handle.stat();
		if (!info.isFile()) return { refused: kindOf(info) };
		if (info.size > limit) return { tooLarge: info.size };
		const chunks: Uint8Array[] = [];
		let total = 0;
		for (;;) {
			const chunk = new Uint8Array(Math.min(READ_BYTES, limit + 1 - total));
			const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
			if (bytesRead === 0) break;
			chunks.push(chunk.subarray(0, bytesRead));
			total += bytesRead;
			// The file grew, or reports a size it does not have (/proc): stop at the bound.
			if (total > limit) return { tooLarge: null };
		}
		const bytes = new Uint8Array(total);
		let offset = 0;
		for (const chunk of chunks) (bytes.set(chunk, offset), (offset += chunk.length));
		return { bytes };
	} finally {
		await handle.close();
	}
}

/**
 * Reads a file as UTF-8 text under the rules above, turning every failure (missing, a folder, a
 * special file, a link leaving the boundary, too large, not UTF-8) into a located problem instead
 * of an exception.
 *
 * @example
 * const { file, problems } = await readSourceFile('matrices/framework.yaml');
 */
export async function readSourceFile(path: string, options: ReadOptions = {}): Promise<{ file?: SourceFile; problems: Problem[] }> {
	const limit = options.maxBytes ?? MAX_SOURCE_BYTES;
	const refuse = (why: { reason: FsReason; errno?: string; boundary?: string }) => ({ problems: [createProblem('FILE_NOT_READ', { path, ...why }, at(path))] });
	const notFound = (why: { reason: FsReason; errno?: string }) => ({ problems: [createProblem('FILE_NOT_FOUND', { path, ...why }, at(path))] });
	try {
		const link = await lstat(path);
		if (link.isSymbolicLink() && options.within !== undefined) {
			const target = await realpath(path).catch(() => undefined);
			if (target === undefined) return refuse({ reason: 'link-to-nothing' });
			const boundary = await realpath(options.within).catch(() => resolve(options.within!));
			if (!inside(target, boundary)) return refuse({ reason: 'link-outside', boundary: relative(process.cwd(), boundary) || '.' });
		}
		const read = await readBounded(path, limit);
		// A folder was FILE_NOT_FOUND before there were other kinds of file to refuse; it stays so.
		if ('refused' in read) return read.refused === 'folder' ? notFound({ reason: 'folder' }) : refuse({ reason: read.refused });
		if ('tooLarge' in read) return { problems: [createProblem('FILE_TOO_LARGE', { size: read.tooLarge, limit }, at(path))] };
		const decoded = decodeSource(path, read.bytes);
		return decoded.problems.length > 0 ? { problems: decoded.problems } : { file: decoded.file, problems: [] };
	} catch (error) {
		const code = errnoOf(error);
		if (code === 'ENOENT') return notFound(because('no-such-file', error));
		if (code === 'ENOTDIR') return notFound(because('system', error));
		if (code === 'EISDIR') return notFound(because('folder', error));
		return refuse(because('system', error));
	}
}

/** One entry of a walk: a file to read, or one that cannot be, with the reason as a problem. */
export type WalkEntry = { path: string; problem?: undefined } | { path: string; problem: Problem };

export interface WalkOptions {
	/** Also walk subfolders (never hidden ones, nor node_modules). */
	recursive?: boolean;
	/** The file names wanted (default: YAML and JSON). */
	names?: RegExp;
}

/**
 * The files below a folder whose names match, in name order: regular files and links (the reader
 * decides whether a link may be followed). A subfolder that cannot be read, or a link to a folder,
 * is an entry with its problem: nothing is left out without a word. Hidden folders and node_modules
 * are not walked.
 *
 * @example
 * for await (const entry of walkFiles('matrices', { recursive: true })) if (!entry.problem) console.log(entry.path);
 */
export async function* walkFiles(dir: string, options: WalkOptions = {}): AsyncGenerator<WalkEntry> {
	const names = options.names ?? /\.(ya?ml|json)$/i;
	let entries;
	try {
		entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
	} catch (error) {
		const code = errnoOf(error);
		const problem =
			code === 'ENOENT' || code === 'ENOTDIR'
				? createProblem('FILE_NOT_FOUND', { path: dir, ...because(code === 'ENOENT' ? 'no-such-folder' : 'not-a-folder', error) }, at(dir))
				: createProblem('FILE_NOT_READ', { path: dir, ...because('folder-unreadable', error) }, at(dir));
		yield { path: dir, problem };
		return;
	}
	for (const entry of entries) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) {
			if (options.recursive && !entry.name.startsWith('.') && entry.name !== 'node_modules') yield* walkFiles(path, options);
			continue;
		}
		if (entry.isSymbolicLink() && options.recursive && !entry.name.startsWith('.')) {
			const info = await stat(path).catch(() => undefined);
			if (info?.isDirectory()) {
				yield { path, problem: createProblem('FILE_NOT_READ', { path, reason: 'link-to-folder' }, at(path)) };
				continue;
			}
		}
		if (entry.name.startsWith('.') || !names.test(entry.name)) continue;
		yield { path };
	}
}

/**
 * Every file of a folder whose name matches (not its subfolders), read under the rules above, with
 * links held to the folder's boundary: the texts in name order and every file's problems.
 *
 * @example
 * const { sources, problems } = await readFolder('matrices/examples', { names: /\.ya?ml$/i });
 */
export async function readFolder(dir: string, options: WalkOptions = {}): Promise<{ sources: SourceFile[]; problems: Problem[] }> {
	const within = await linkBoundary(dir);
	const sources: SourceFile[] = [];
	const problems: Problem[] = [];
	for await (const entry of walkFiles(dir, options)) {
		if (entry.problem) {
			problems.push(entry.problem);
			continue;
		}
		const read = await readSourceFile(entry.path, { within });
		problems.push(...read.problems);
		if (read.file) sources.push(read.file);
	}
	return { sources, problems };
}
