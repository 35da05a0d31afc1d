import { resolve } from 'node:path';
import { assessmentTemplate, findLadder } from '@rungs/core';
import { frameworkInLanguage } from '../load-for-cli.ts';
import { didYouMean, EXIT, UsageError, type Io } from '../io.ts';
import { writeFileSafely } from '../write-file.ts';
import { writerWords } from '../writer-words.ts';
import { schemaReference } from '../schema-reference.ts';

export const INIT_HELP = `rungs init <ladder> [options]

Writes a commented assessment template for a ladder: every competency of the target level with its
expectations in comments, and the schema modeline an editor uses. Never replaces an existing file
unless --force; writes atomically.

Options
  --level <level>                 your level now                [the ladder's first]
  --target <level|ladder:level>   the level you aim for         [the next one]
  --out <file>                    where to write                [standard output]
  --force                         replace --out if it exists
  --matrices <dir>                the ladders     [the nearest framework.yaml, or matrices/, from here up]
  --lang en|fr                    language of problems and reports   [LC_ALL, LC_MESSAGES or LANG; else en]

Examples
  rungs init support-representative --level representative --out me.yaml
  rungs init support-representative --level senior --target product-support-engineer:engineer`;

export async function initCommand(args: string[], options: { level?: string; target?: string; out?: string; force?: boolean; matrices?: string }, io: Io): Promise<number> {
	if (args.length !== 1) throw new UsageError('Give the id of the ladder, such as `support-representative`.', 'init');
	const framework = await frameworkInLanguage(undefined, options.matrices, io, 'init');
	const ladder = findLadder(framework, args[0]!);
	if (!ladder) throw new UsageError(`Unknown ladder \`${args[0]}\`.${didYouMean(args[0]!, framework.ladders.map((m) => m.id))} Ladders: ${framework.ladders.map((m) => m.id).join(', ')}.`, 'init');
	const schema = schemaReference(io, options.matrices, options.out, 'assessment.schema.json');
	const made = assessmentTemplate(framework, ladder.id, { ...(options.level ? { current: options.level } : {}), ...(options.target ? { target: options.target } : {}), ...(schema ? { schema } : {}) });
	// A level the ladder lacks was given on the command line: a usage error, said as core says it.
	if (!made.ok) throw new UsageError(made.problems.map((p) => `${p.message}${p.hint ? ` ${p.hint}` : ''}`).join(' '), 'init');
	const template = made.value;
	if (!options.out) {
		io.stdout.write(template);
		return EXIT.ok;
	}
	await writeFileSafely(resolve(io.cwd, options.out), template, { force: options.force ?? false, command: 'init' });
	io.stderr.write(`${writerWords(io.locale).initWrote({ out: options.out })}\n`);
	return EXIT.ok;
}
