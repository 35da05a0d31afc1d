import type { Locale } from '@rungs/core/render';
import { cliWords } from './cli-words.ts';

/** Where a progress line goes: a stream that may be a terminal. */
export interface ProgressStream {
	write(text: string): unknown;
	isTTY?: boolean;
}

/**
 * One line on stderr that long work rewrites in place ("12,000 assessments, 3,400/s, 2 with
 * problems"), so a person at a terminal sees it move. Only on a terminal that understands the
 * carriage return and erase-line codes: never into a pipe or a file (a CI log, `2> errors.txt`),
 * where it would be noise, and never on TERM=dumb. At most five times a second.
 */
export class ProgressLine {
	private readonly stream: ProgressStream;
	private readonly now: () => number;
	private readonly shown: boolean;
	private readonly started: number;
	private last = -Infinity;
	private written = false;
	private readonly locale: Locale | undefined;

	/** `locale`: the language of the line (`--lang`), English by default. */
	constructor(stream: ProgressStream, env: NodeJS.ProcessEnv, now: () => number = Date.now, locale?: Locale) {
		this.stream = stream;
		this.locale = locale;
		this.now = now;
		this.shown = stream.isTTY === true && env.TERM !== 'dumb';
		this.started = now();
	}

	/** Shows how many are done, the rate so far, and how many failed, unless shown less than 200 ms ago. */
	update(done: number, failed: number): void {
		if (!this.shown) return;
		const now = this.now();
		if (now - this.last < 200) return;
		this.last = now;
		const rate = Math.round(done / Math.max(0.001, (now - this.started) / 1000));
		this.stream.write(`\r\u001b[K${cliWords(this.locale).batchProgress({ done, rate, failed })}`);
		this.written = true;
	}

	/** Erases the line, so the summary that follows starts clean. */
	clear(): void {
		if (this.written) this.stream.write('\r\u001b[K');
		this.written = false;
	}
}
