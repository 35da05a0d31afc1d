import { resolve } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { checkTitle, LANGUAGES, readArguments, USAGE, UsageError, type Language } from './arguments.ts';
import { Stopped, terminalQuestions } from './ask.ts';
import { nextSteps } from './next-steps.ts';
import { projectFiles } from './project-files.ts';
import { slug } from './slug.ts';
import type { Versions } from './versions.ts';
import { checkTarget, CreateError, writeProject } from './write-project.ts';

export interface Io {
	readonly stdin: Readable & { isTTY?: boolean };
	readonly stdout: Writable;
	readonly stderr: Writable;
	readonly cwd: string;
	/** Today, YYYY-MM-DD. */
	readonly today: string;
}

const DEFAULT_TITLE: Record<Language, string> = { en: 'Our career ladders', fr: 'Nos échelles de carrière' };

/** Exit codes: 0 written, 1 the folder cannot be used or written, 2 a usage mistake, 130 stopped at a question. */
export async function main(argv: readonly string[], io: Io, versions: Versions, version: string): Promise<number> {
	try {
		const args = readArguments(argv);
		if (args.help) return print(io.stdout, USAGE, 0);
		if (args.version) return print(io.stdout, `${version}\n`, 0);
		// Questions only on a terminal, and never with --yes: CI and scripts have no one to answer.
		const questions = io.stdin.isTTY && !args.yes ? terminalQuestions(io.stdin, io.stdout) : undefined;
		try {
			let directory = args.directory;
			if (directory === undefined) {
				if (!questions) throw new UsageError('Name the folder to create, such as: npm create rungs@latest my-ladders');
				directory = await questions.ask('Folder to create', 'my-ladders');
			}
			const target = resolve(io.cwd, directory);
			// Before any question: nobody should answer questions for a folder that will be refused.
			checkTarget(target, directory);
			const lang = args.lang ?? (questions ? ((await questions.ask(`Language of the starter ladder, ${LANGUAGES.join(' or ')}`, 'en', (a) => ((LANGUAGES as readonly string[]).includes(a) ? undefined : `Answer ${LANGUAGES.join(' or ')}.`))) as Language) : 'en');
			const title = args.title ?? (questions ? await questions.ask('Title of your framework and site', DEFAULT_TITLE[lang], titleProblem) : DEFAULT_TITLE[lang]);
			const id = slug(target.split(/[\\/]/).pop() ?? '', 'career-ladders');
			writeProject(target, directory, projectFiles({ id, title, lang, date: io.today }, versions));
			return print(io.stdout, nextSteps(directory, target === resolve(io.cwd), lang), 0);
		} finally {
			questions?.close();
		}
	} catch (error) {
		if (error instanceof UsageError) return print(io.stderr, `create-rungs: ${error.message}\n\nUsage: npm create rungs@latest <folder> [-- --title <text> --lang en|fr --yes]\nRun \`npx create-rungs --help\` for more.\n`, 2);
		if (error instanceof CreateError) return print(io.stderr, `create-rungs: ${error.message}\n`, 1);
		if (error instanceof Stopped) return print(io.stderr, `\ncreate-rungs: ${error.message}\n`, 130);
		throw error;
	}
}

function titleProblem(title: string): string | undefined {
	try {
		checkTitle(title);
		return undefined;
	} catch (error) {
		return (error as Error).message;
	}
}

function print(stream: Writable, text: string, code: number): number {
	stream.write(text);
	return code;
}
