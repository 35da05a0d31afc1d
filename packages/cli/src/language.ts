import type { Messages } from '@rungs/core';
import { LOCALES, messagesFor, type Locale } from '@rungs/core/render';
import { didYouMean, UsageError, type Io } from './io.ts';

/**
 * The language of what a command prints (problems, reports, its summary lines): `--lang`, else the
 * first of LC_ALL, LC_MESSAGES and LANG that is set (`fr_FR.UTF-8` → `fr`), as POSIX orders them;
 * English for any language Rungs does not speak. Help and usage errors stay English.
 */
export function languageOf(flag: string | undefined, env: NodeJS.ProcessEnv, command: string): Locale {
	if (flag !== undefined) {
		if ((LOCALES as readonly string[]).includes(flag)) return flag as Locale;
		throw new UsageError(`Unknown language \`${flag}\`.${didYouMean(flag, LOCALES)} Languages: ${LOCALES.join(', ')}.`, command);
	}
	const setting = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '');
	const language = /^([a-z]{2,3})(?=$|[_.@-])/i.exec(setting ?? '')?.[1]?.toLowerCase();
	return (LOCALES as readonly string[]).includes(language ?? '') ? (language as Locale) : 'en';
}

/** The catalog a command words its problems and reports in. */
export function messagesOf(io: Io): Messages {
	const found = messagesFor(io.locale ?? 'en');
	// io.locale is one of LOCALES (languageOf checks it), so this always succeeds.
	if (!found.ok) throw new Error(`No catalog for ${String(io.locale)}`);
	return found.value;
}
