import { parseArgs, type ParseArgsConfig } from 'node:util';
import { gapCommand, GAP_HELP } from './commands/gap.ts';
import { validateCommand, VALIDATE_HELP } from './commands/validate.ts';
import { EXIT, UsageError, type Io } from './io.ts';
import { ProblemsReported } from './load-for-cli.ts';

declare const RUNGS_VERSION: string;
const version = typeof RUNGS_VERSION === 'string' ? RUNGS_VERSION : '0.0.0-dev';

export const MAIN_HELP = `rungs: career ladders and competency matrices as code

Usage: rungs <command> [options]

Commands
  validate [paths…]        check ladders and assessments; every problem, located
  gap <assessment>         a gap report against the target level (--compare for calibration)

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
		options: { format: { type: 'string' }, strict: { type: 'boolean' }, matrices: { type: 'string' } },
		run: (positionals, values, io) => validateCommand(positionals, values, io),
	},
	gap: {
		help: GAP_HELP,
		options: {
			target: { type: 'string' },
			rule: { type: 'string' },
			'min-share': { type: 'string' },
			format: { type: 'string' },
			compare: { type: 'string' },
			matrices: { type: 'string' },
		},
		run: (positionals, values, io) => gapCommand(positionals, values, io),
	},
};

/** Turns parseArgs' messages into ours: say what was wrong in the words the user typed. */
function argumentError(error: unknown, command: string): UsageError {
	const message = error instanceof Error ? error.message : String(error);
	const unknown = /Unknown option '([^']+)'/.exec(message);
	if (unknown) return new UsageError(`Unknown option \`${unknown[1]}\`.`, command);
	const missing = /Option '([^']+?)(?: <value>)?' argument missing/.exec(message);
	if (missing) return new UsageError(`The option \`${missing[1]}\` needs a value.`, command);
	return new UsageError(message.replace(/\. To specify.*$/s, '.'), command);
}

/** Runs one command line; returns the exit code. User mistakes print a message, bugs a stack. */
export async function run(argv: string[], io: Io): Promise<number> {
	const [name, ...rest] = argv;
	try {
		if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
			io.stdout.write(`${MAIN_HELP}\n`);
			return name === undefined ? EXIT.usage : EXIT.ok;
		}
		if (name === '-v' || name === '--version') {
			io.stdout.write(`${version}\n`);
			return EXIT.ok;
		}
		const command = COMMANDS[name];
		if (!command) throw new UsageError(`Unknown command \`${name}\`. Commands: ${Object.keys(COMMANDS).join(', ')}.`);
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
		return await command.run(parsed.positionals, parsed.values, io);
	} catch (error) {
		if (error instanceof ProblemsReported) return EXIT.problems;
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
