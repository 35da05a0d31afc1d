import { parseArgs, type ParseArgsConfig } from 'node:util';
import { gapCommand, GAP_HELP } from './commands/gap.ts';
import { diffCommand, DIFF_HELP } from './commands/diff.ts';
import { exportCommand, EXPORT_HELP } from './commands/export.ts';
import { fixCommand, FIX_HELP } from './commands/fix.ts';
import { importCommand, IMPORT_HELP } from './commands/import.ts';
import { initCommand, INIT_HELP } from './commands/init.ts';
import { migrateCommand, MIGRATE_HELP } from './commands/migrate.ts';
import { schemaCommand, SCHEMA_HELP } from './commands/schema.ts';
import { teamCommand, TEAM_HELP } from './commands/team.ts';
import { translateCommand, TRANSLATE_HELP } from './commands/translate.ts';
import { validateCommand, VALIDATE_HELP } from './commands/validate.ts';
import { didYouMean, EXIT, UsageError, useColor, type Io } from './io.ts';
import { ProblemsReported } from './load-for-cli.ts';
import { visibleStream } from './visible.ts';
import { languageOf } from './language.ts';
import { WriteError } from './write-file.ts';

declare const RUNGS_VERSION: string;
const version = typeof RUNGS_VERSION === 'string' ? RUNGS_VERSION : '0.0.0-dev';

export const MAIN_HELP = `rungs: career ladders and competency matrices as code

Usage: rungs <command> [options]

Commands
  validate [paths…]        check ladders and assessments; every problem, located
  gap <assessment>         a gap report against the target level (--since, --plan, --compare, --batch)
  team <folder | ->        a team at a glance: readiness, ratings per competency, disagreements
  init <ladder>            a commented assessment template
  diff <old> <new>         what a change does to each level, and the version bump it implies
  migrate <assessment>     move an assessment onto the current version of its ladder
  export <ladder>          CASE 1.1, CSV or JSON
  fix --ids [dir]          write the derived id of every plain-text statement
  import <file>            a ladder from a spreadsheet (CSV) or a CASE package
  translate [dir] --to fr  write or refresh the translation files of a language
  schema <name>            a JSON Schema, for editors and tools

Options
  -h, --help               help for rungs or a command (rungs <command> --help)
  -v, --version            the version

Exit codes: 0 success, 1 the input has problems, 2 usage error, 3 a bug in rungs.

Examples
  rungs validate matrices/
  rungs gap matrices/examples/new-representative.yaml --format markdown`;

type Options = ParseArgsConfig['options'];
interface Command {
	help: string;
	options: Options;
	run: (positionals: string[], values: Record<string, unknown>, io: Io) => Promise<number>;
}

const COMMANDS: Record<string, Command> = {
	validate: {
		help: VALIDATE_HELP,
		options: { format: { type: 'string' }, strict: { type: 'boolean' }, matrices: { type: 'string' }, lang: { type: 'string' } },
		run: (positionals, values, io) => validateCommand(positionals, values, io),
	},
	gap: {
		help: GAP_HELP,
		options: {
			target: { type: 'string' },
			rule: { type: 'string' },
			'min-share': { type: 'string' },
			format: { type: 'string' },
			compare: { type: 'string', multiple: true },
			matrices: { type: 'string' },
			batch: { type: 'string' },
			full: { type: 'boolean' },
			since: { type: 'string', multiple: true },
			plan: { type: 'boolean' },
			'write-goals': { type: 'boolean' },
			lang: { type: 'string' },
		},
		run: (positionals, values, io) => gapCommand(positionals, values, io),
	},
	team: {
		help: TEAM_HELP,
		options: { format: { type: 'string' }, matrices: { type: 'string' }, lang: { type: 'string' } },
		run: (positionals, values, io) => teamCommand(positionals, values, io),
	},
	init: {
		help: INIT_HELP,
		options: { level: { type: 'string' }, target: { type: 'string' }, out: { type: 'string' }, force: { type: 'boolean' }, matrices: { type: 'string' }, lang: { type: 'string' } },
		run: (positionals, values, io) => initCommand(positionals, values, io),
	},
	diff: {
		help: DIFF_HELP,
		options: { since: { type: 'string' }, format: { type: 'string' }, strict: { type: 'boolean' }, lang: { type: 'string' } },
		run: (positionals, values, io) => diffCommand(positionals, values, io),
	},
	migrate: {
		help: MIGRATE_HELP,
		options: {
			from: { type: 'string' },
			to: { type: 'string' },
			current: { type: 'string' },
			target: { type: 'string' },
			out: { type: 'string' },
			force: { type: 'boolean' },
			matrices: { type: 'string' },
			lang: { type: 'string' },
		},
		run: (positionals, values, io) => migrateCommand(positionals, values, io),
	},
	export: {
		help: EXPORT_HELP,
		options: { format: { type: 'string' }, 'base-url': { type: 'string' }, out: { type: 'string' }, force: { type: 'boolean' }, matrices: { type: 'string' }, lang: { type: 'string' } },
		run: (positionals, values, io) => exportCommand(positionals, values, io),
	},
	fix: {
		help: FIX_HELP,
		options: { ids: { type: 'boolean' }, 'dry-run': { type: 'boolean' }, lang: { type: 'string' } },
		run: (positionals, values, io) => fixCommand(positionals, values, io),
	},
	import: {
		help: IMPORT_HELP,
		options: {
			id: { type: 'string' },
			title: { type: 'string' },
			format: { type: 'string' },
			'each-level': { type: 'string' },
			out: { type: 'string' },
			force: { type: 'boolean' },
			matrices: { type: 'string' },
			lang: { type: 'string' },
		},
		run: (positionals, values, io) => importCommand(positionals, values, io),
	},
	translate: {
		help: TRANSLATE_HELP,
		options: { to: { type: 'string' }, 'dry-run': { type: 'boolean' }, prune: { type: 'boolean' }, lang: { type: 'string' } },
		run: (positionals, values, io) => translateCommand(positionals, values, io),
	},
	schema: {
		help: SCHEMA_HELP,
		options: {},
		run: (positionals, values, io) => schemaCommand(positionals, values, io),
	},
};

/** Turns parseArgs' messages into ours: say what was wrong in the words the user typed. */
function argumentError(error: unknown, command: string): UsageError {
	const message = error instanceof Error ? error.message : String(error);
	const unknown = /Unknown option '([^']+)'/.exec(message);
	if (unknown) {
		const known = [...Object.keys(COMMANDS[command]!.options ?? {}), 'help'].map((name) => `--${name}`);
		return new UsageError(`Unknown option \`${unknown[1]}\`.${didYouMean(unknown[1]!, known)}`, command);
	}
	const missing = /Option '([^']+?)(?: <value>)?' argument missing/.exec(message);
	if (missing) return new UsageError(`The option \`${missing[1]}\` needs a value.`, command);
	return new UsageError(message.replace(/\. To specify.*$/s, '.'), command);
}

/** Runs one command line; returns the exit code. User mistakes print a message, bugs a stack. */
export async function run(argv: string[], given: Io): Promise<number> {
	// Standard error carries messages only: a file name or value in one is shown, never obeyed.
	const io: Io = { ...given, stderr: visibleStream(given.stderr, useColor(given.stderr, given.env)) };
	const [name, ...rest] = argv;
	try {
		if (name === undefined) {
			// Called wrongly: the usage is an error message, so it goes where errors go, never into a pipe.
			io.stderr.write(`${MAIN_HELP}\n`);
			return EXIT.usage;
		}
		if (name === '-h' || name === '--help' || name === 'help') {
			io.stdout.write(`${MAIN_HELP}\n`);
			return EXIT.ok;
		}
		if (name === '-v' || name === '--version') {
			io.stdout.write(`${version}\n`);
			return EXIT.ok;
		}
		const command = COMMANDS[name];
		if (!command) throw new UsageError(`Unknown command \`${name}\`.${didYouMean(name, Object.keys(COMMANDS))} Commands: ${Object.keys(COMMANDS).join(', ')}.`);
		let parsed: ReturnType<typeof parseArgs>;
		try {
			parsed = parseArgs({ args: rest, options: { ...command.options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
		} catch (error) {
			throw argumentError(error, name);
		}
		if (parsed.values.help) {
			io.stdout.write(`${command.help}\n`);
			return EXIT.ok;
		}
		// Problems and reports in the reader's language; help and usage errors stay English.
		const locale = languageOf(parsed.values.lang as string | undefined, io.env, name);
		return await command.run(parsed.positionals, parsed.values, { ...io, locale });
	} catch (error) {
		if (error instanceof ProblemsReported) return EXIT.problems;
		if (error instanceof WriteError) {
			io.stderr.write(`rungs: ${error.message}\n`);
			return EXIT.problems;
		}
		if (error instanceof UsageError) {
			const usage = error.command ? COMMANDS[error.command]!.help.split('\n\n')[0] : 'rungs <command> [options]';
			io.stderr.write(`rungs: ${error.message}\n\nUsage: ${usage}\nRun \`rungs ${error.command ?? ''}${error.command ? ' ' : ''}--help\` for more.\n`);
			return EXIT.usage;
		}
		const stack = error instanceof Error ? (error.stack ?? error.message) : String(error);
		io.stderr.write(`rungs: an unexpected error, which is a bug in rungs ${version}.\n${stack}\nPlease report it with the command you ran: https://github.com/rungs-dev/rungs/issues\n`);
		return EXIT.bug;
	}
}
