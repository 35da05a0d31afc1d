import type { FsReason, ProblemParams } from './problem-params.ts';
import { expectedFiles, expectedKind, idReason, orList, receivedKind, textKind, valueHint, valueReason, yamlTrouble, knownIds } from './reasons-english.ts';

/** A message (or hint) for each problem code, in English. */
export type ProblemTexts<K extends keyof ProblemParams> = { [C in K]: (p: ProblemParams[C]) => string } & {
	[C in K as `${C}.hint`]: (p: ProblemParams[C]) => string;
};

export type FileProblemCode = 'FILE_NOT_FOUND' | 'FILE_NOT_READ' | 'FILE_EMPTY' | 'FILE_NOT_TEXT' | 'FILE_TOO_LARGE' | 'YAML_SYNTAX' | 'YAML_DUPLICATE_KEY' | 'YAML_VERSION' | 'YAML_UNKNOWN_TAG' | 'YAML_ALIAS_LIMIT' | 'YAML_TOO_DEEP' | 'TOO_MANY_PROBLEMS' | 'FORMAT_MISSING' | 'FORMAT_UNKNOWN' | 'FORMAT_UNSUPPORTED' | 'FORMAT_NOT_EXPECTED' | 'UNKNOWN_KEY' | 'MISSPELT_KEY' | 'MISSING_FIELD' | 'WRONG_TYPE' | 'INVALID_VALUE' | 'TEXT_TOO_LONG' | 'INVALID_ID';

// Re-exported where the problem families have always found it.
import { didYouMean } from './english-ids.ts';

export { didYouMean };

/**
 * What Rungs says, in English, about files, YAML and the shape of their data. Messages say what
 * happened; hints say what to do.
 */
/** A failed system call in English, by its error code. */
export function englishFsError(errno: string): string {
	return FS_ERRORS[errno] ?? `the system refused (${errno})`;
}
const FS_ERRORS: Readonly<Record<string, string>> = {
	ENOENT: 'no such file or folder',
	EACCES: 'permission denied',
	EPERM: 'permission denied',
	ENOTDIR: 'a part of the path is a file, not a folder',
	EISDIR: 'it is a folder, not a file',
	ELOOP: 'a link that leads round in a loop',
	ENAMETOOLONG: 'the path is too long',
	EROFS: 'the file system is read-only',
	ENOSPC: 'the disk is full',
	EDQUOT: 'the disk quota is used up',
	EMFILE: 'too many files are open',
	ENFILE: 'too many files are open',
	EIO: 'an input/output error',
	EBUSY: 'the file is busy',
	EEXIST: 'it already exists',
};

/** Why a path was not read, in English. */
function englishFsReason(p: { reason: FsReason; errno?: string; boundary?: string }): string {
	switch (p.reason) {
		case 'no-such-file': return 'no such file';
		case 'no-such-folder': return 'no such folder';
		case 'not-a-folder': return 'it is a file, not a folder';
		case 'folder': return 'it is a folder, not a file';
		case 'named-pipe': return 'it is a named pipe, not a regular file';
		case 'socket': return 'it is a socket, not a regular file';
		case 'device': return 'it is a device, not a regular file';
		case 'not-regular': return 'it is not a regular file';
		case 'link-to-nothing': return 'it is a link to nothing';
		case 'link-outside': return `it is a link to a file outside \`${p.boundary}\`, which Rungs does not follow`;
		case 'link': return 'it is a link, which Rungs does not follow';
		case 'link-to-folder': return 'it is a link to a folder, which Rungs does not follow: name that folder itself';
		case 'folder-unreadable': return `the folder cannot be read: ${englishFsError(p.errno ?? 'EIO')}`;
		case 'system': return englishFsError(p.errno ?? 'EIO');
	}
}

export const englishFileProblems: ProblemTexts<FileProblemCode> = {
	// Files and YAML
	FILE_NOT_FOUND: (p) => `Cannot read \`${p.path}\`: ${englishFsReason(p)}.`,
	'FILE_NOT_FOUND.hint': () => 'Check the path, or run the command from the folder that holds the file.',
	FILE_NOT_READ: (p) => `\`${p.path}\` was not read: ${englishFsReason(p)}.`,
	'FILE_NOT_READ.hint': (p) =>
			p.errno === 'EACCES' || p.errno === 'EPERM'
				? 'Check that you may read it: its permissions, and those of the folders above it.'
				: p.reason.startsWith('link-')
					? 'Rungs follows a link only when it stays inside the folder being read (or its git repository). Put the file itself there, or name it on the command line.'
					: 'Rungs reads regular files only: not folders, named pipes, sockets or devices.',
	FILE_EMPTY: () => 'The file is empty.',
	'FILE_EMPTY.hint': () => 'Start the file with a `format:` line, such as `format: rungs/ladder@1`.',
	FILE_NOT_TEXT: (p) =>
		`The file is not valid UTF-8 text (${p.encoding === 'utf-16' ? 'it looks like UTF-16: a NUL byte or UTF-16 byte-order mark' : 'an invalid byte sequence'} near line ${p.line}, column ${p.column}).`,
	'FILE_NOT_TEXT.hint': () => 'Save the file as UTF-8 in your editor.',
	FILE_TOO_LARGE: (p) => `The file is ${p.size ?? `more than ${p.limit}`} bytes; Rungs reads files up to ${p.limit} bytes.`,
	'FILE_TOO_LARGE.hint': () => 'Split the content into several ladders, or check that this is the file you meant.',
	YAML_SYNTAX: (p) => `YAML syntax: ${yamlTrouble(p.trouble)[0]}`,
	'YAML_SYNTAX.hint': (p) => yamlTrouble(p.trouble)[1] ?? 'Check indentation (spaces, never tabs), quotes and colons around this line.',
	YAML_DUPLICATE_KEY: (p) => `${p.key === '' ? 'An empty key (`~`, `null` or `""`)' : `The key \`${p.key}\``} appears twice in the same mapping.`,
	'YAML_DUPLICATE_KEY.hint': () => 'Keep one of them; YAML would otherwise silently drop the first.',
	YAML_VERSION: (p) => `The file asks for YAML ${p.version}; Rungs reads YAML 1.2 only.`,
	'YAML_VERSION.hint': () => 'Remove the `%YAML` line (and the `---` after it if nothing else needs it). YAML 1.1 reads `yes`, `no` and `<<` differently.',
	YAML_UNKNOWN_TAG: (p) => `The tag \`${p.tag}\` is not supported.`,
	'YAML_UNKNOWN_TAG.hint': () => 'Rungs files use plain YAML values; remove the tag.',
	YAML_ALIAS_LIMIT: () => 'The file expands aliases (`*name`) too many times.',
	'YAML_ALIAS_LIMIT.hint': () => 'Write the content out instead of nesting aliases; this limit protects against "billion laughs" files.',
	YAML_TOO_DEEP: (p) => `The file nests collections more than ${p.limit} levels deep.`,
	'YAML_TOO_DEEP.hint': () => 'No Rungs file needs this much nesting; check the indentation.',
	TOO_MANY_PROBLEMS: (p) => `This file has ${p.count} more problems, not shown.`,
	'TOO_MANY_PROBLEMS.hint': () => 'Fix the ones above first: one mistake (an indentation, a misplaced list) often causes the rest.',
	FORMAT_MISSING: () => 'The file does not say what it is: the `format` key is missing.',
	'FORMAT_MISSING.hint': (p) => `Add a first line such as \`format: ${p.example}\`.`,
	FORMAT_UNKNOWN: (p) => `\`${p.format}\` is not a Rungs file format.`,
	'FORMAT_UNKNOWN.hint': (p) => `Use one of: ${knownIds(p)}.`,
	FORMAT_UNSUPPORTED: (p) => `This file is \`${p.format}\`; this version of Rungs reads \`${p.supported}\`.`,
	'FORMAT_UNSUPPORTED.hint': () => 'Upgrade @rungs/core (and rungs) to a version that reads this format.',
	FORMAT_NOT_EXPECTED: (p) => `Expected ${expectedFiles(p.expected)}, found \`${p.format}\`.`,
	'FORMAT_NOT_EXPECTED.hint': (p) =>
		p.format.startsWith('rungs/assessment@') && p.expected.includes('ladder')
			? 'Keep assessments out of the ladders folder (a subfolder such as examples/ is fine); they are checked against the ladders.'
			: 'Check that you passed the file you meant.',
	// Shape (from the schema)
	UNKNOWN_KEY: (p) => `Unknown key ${p.key === '' ? 'that is empty (`~`, `null` or `""`)' : `\`${p.key}\``}${p.at ? ` in \`${p.at}\`` : ' at the top level'}.`,
	'UNKNOWN_KEY.hint': (p) => didYouMean(p) + `Allowed keys here: ${knownIds(p)}.`,
	MISSPELT_KEY: (p) => `\`${p.key}\` should be \`${p.meant}\`${p.at ? ` in \`${p.at}\`` : ''}${p.lookAlike ? ` (\`${p.lookAlike.char}\` is ${p.lookAlike.codePoint}, not an ASCII letter)` : ''}.`,
	'MISSPELT_KEY.hint': (p) => `Rename the key to \`${p.meant}\`: it is required here, and \`${p.key}\` is not a key Rungs knows.`,
	MISSING_FIELD: (p) => `Missing \`${p.key}\`${p.at ? ` in \`${p.at}\`` : ' at the top level'}.`,
	'MISSING_FIELD.hint': (p) => (p.values ? `Use one of ${orList(p.values)}.` : (p.description ?? 'Add the field.')),
	WRONG_TYPE: (p) => `\`${p.field}\` should be ${expectedKind(p.expected, false)}, not ${receivedKind(p, false)}.`,
	'WRONG_TYPE.hint': (p) =>
		(p.unquoted ? `Write it in quotes, such as \`'${p.value}'\`: unquoted, YAML reads it as a ${p.received}. ` : '') +
		(p.description ?? (p.unquoted ? '' : 'Check the indentation and the value.')),
	INVALID_VALUE: (p) => `\`${p.field}\`: ${valueReason(p.reason)}`,
	'INVALID_VALUE.hint': (p) => didYouMean(p) + (valueHint(p.reason) ?? p.description ?? 'Check the value.'),
	TEXT_TOO_LONG: (p) => `${p.key ? 'A key of ' : ''}\`${p.field}\` is ${p.length} characters long; ${textKind(p.what)} is at most ${p.limit}.`,
	'TEXT_TOO_LONG.hint': () => 'Shorten it. Longer text belongs in a document the ladder or assessment links to.',
	INVALID_ID: (p) => `${p.value === '' ? 'An empty key (`~`, `null` or `""`)' : `\`${p.value}\``} is not a valid identifier${p.reason ? `: ${idReason(p.reason)}` : ''}.`,
	'INVALID_ID.hint': () =>
			'Identifiers are ASCII letters and digits in words joined by single `-`, `_` or `.`, such as `written-clarity`, `L1` or a UUID. Look-alike letters from other alphabets are refused.',
};
