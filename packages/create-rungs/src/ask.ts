import { createInterface } from 'node:readline/promises';
import type { Readable, Writable } from 'node:stream';

/** A question on a terminal, with a default taken on Enter, asked again until `check` accepts. */
export type Ask = (question: string, fallback: string, check?: (answer: string) => string | undefined) => Promise<string>;

/** Ctrl-C (or the end of input) during a question: the person stopped before anything was written. */
export class Stopped extends Error {}

/** Questions on the terminal; `close` when done, so the process can exit. */
export function terminalQuestions(input: Readable, output: Writable): { ask: Ask; close: () => void } {
	const lines = createInterface({ input, output });
	const stop = new AbortController();
	// Without a listener, readline only pauses on Ctrl-C and the question would never be answered.
	lines.on('SIGINT', () => stop.abort());
	lines.on('close', () => stop.abort());
	const ask: Ask = async (question, fallback, check) => {
		for (;;) {
			let answer: string;
			try {
				answer = (await lines.question(`${question} (${fallback}): `, { signal: stop.signal })).trim() || fallback;
			} catch (error) {
				if (stop.signal.aborted) throw new Stopped('Stopped. Nothing was written.');
				throw error;
			}
			const problem = check?.(answer);
			if (problem === undefined) return answer;
			output.write(`${problem}\n`);
		}
	};
	return { ask, close: () => lines.close() };
}
