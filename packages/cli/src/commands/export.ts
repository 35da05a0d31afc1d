import { resolve } from 'node:path';
import { findLadder, ladderToCase, ladderToCsv } from '@rungs/core';
import { frameworkFor } from '../load-for-cli.ts';
import { didYouMean, EXIT, UsageError, type Io } from '../io.ts';
import { writeFileSafely } from '../write-file.ts';
import { jsonText } from '../visible.ts';

export const EXPORT_HELP = `rungs export <ladder> --format case|csv|json [options]

Exports a ladder:
  case   a 1EdTech CASE 1.1 CFPackage (JSON): levels, competencies and behaviour statements as
         CFItems with deterministic UUIDv5 identifiers, and the competency × level grid as a CFRubric
  csv    the competency × level grid, one row per competency and decision, for a spreadsheet
  json   the resolved ladder: shared competencies merged in, every level present

Options
  --format case|csv|json   what to write                                      [json]
  --base-url <url>         where the CASE resources are published (case only) [https://rungs.dev]
  --out <file>             where to write                                     [standard output]
  --force                  replace --out if it exists
  --matrices <dir>         the ladders   [the nearest framework.yaml, or matrices/, from here up]
  --lang en|fr             language of problems and reports   [LC_ALL, LC_MESSAGES or LANG; else en]

Examples
  rungs export support-representative --format case --out support-representative.case.json
  rungs export senior-support-engineer --format csv > ladder.csv`;

export async function exportCommand(args: string[], options: { format?: string; 'base-url'?: string; out?: string; force?: boolean; matrices?: string }, io: Io): Promise<number> {
	if (args.length !== 1) throw new UsageError('Give the id of the ladder to export.', 'export');
	const format = options.format ?? 'json';
	if (!['case', 'csv', 'json'].includes(format)) throw new UsageError(`Unknown format \`${format}\`: use case, csv or json.`, 'export');
	const baseUrl = options['base-url'];
	if (baseUrl !== undefined && !/^https?:\/\/[^\s/]+/.test(baseUrl)) throw new UsageError(`--base-url is an http(s) address, not \`${baseUrl}\`.`, 'export');
	const framework = await frameworkFor(undefined, options.matrices, io, 'export');
	const ladder = findLadder(framework, args[0]!);
	if (!ladder) throw new UsageError(`Unknown ladder \`${args[0]}\`.${didYouMean(args[0]!, framework.ladders.map((m) => m.id))} Ladders: ${framework.ladders.map((m) => m.id).join(', ')}.`, 'export');
	const text =
		format === 'csv'
			? ladderToCsv(framework, ladder)
			: `${jsonText(format === 'case' ? ladderToCase(framework, ladder, baseUrl ? { baseUrl } : {}) : ladder, 2)}\n`;
	if (options.out) await writeFileSafely(resolve(io.cwd, options.out), text, { force: options.force ?? false, command: 'export' });
	else io.stdout.write(text);
	return EXIT.ok;
}
