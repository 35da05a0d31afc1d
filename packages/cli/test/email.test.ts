import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, rungs } from './_run.ts';

const noor = join(repoRoot, 'matrices/examples/new-representative.yaml');

/** The parts of a multipart MIME message, decoded: each part's headers and its body as text. */
function mimeParts(message: string): { headers: string; parts: Array<{ type: string; body: string }> } {
	const [headers, rest] = message.split('\r\n\r\n', 2) as [string, string];
	const boundary = /boundary="([^"]+)"/.exec(headers)![1]!;
	const parts = message
		.slice(headers.length)
		.split(`--${boundary}`)
		.slice(1, -1)
		.map((raw) => {
			const [head, body] = raw.trim().split('\r\n\r\n', 2) as [string, string];
			expect(head).toContain('Content-Transfer-Encoding: base64');
			for (const line of body.split('\r\n')) expect(line.length).toBeLessThanOrEqual(76);
			return { type: /Content-Type: ([^;]+)/.exec(head)![1]!, body: Buffer.from(body.replace(/\r\n/g, ''), 'base64').toString('utf8') };
		});
	expect(rest.length).toBeGreaterThan(0);
	return { headers, parts };
}

describe('rungs gap --format email', () => {
	it('writes one message: the plain text first, then the HTML, both the gap report', () => {
		const run = rungs(['gap', noor, '--format', 'email']);
		expect(run.code).toBe(0);
		const { headers, parts } = mimeParts(run.stdout);
		expect(headers).toMatch(/^MIME-Version: 1\.0\r\n/);
		expect(headers).toContain('Content-Type: multipart/alternative');
		const subject = /Subject: ((?:.|\r\n )+)/.exec(headers)![1]!.split('\r\n ').map((word) => Buffer.from(/=\?UTF-8\?B\?(.*)\?=/.exec(word)![1]!, 'base64').toString('utf8')).join('');
		expect(subject).toBe('Gap report for Noor, towards Support Representative: Not yet');
		expect(parts.map((p) => p.type)).toEqual(['text/plain', 'text/html']);
		expect(parts[0]!.body).toBe(rungs(['gap', noor, '--format', 'text']).stdout);
		expect(parts[1]!.body).toMatch(/^<!doctype html>/);
		expect(parts[1]!.body).not.toMatch(/<script|<svg|<style| class=/);
	});

	it('speaks French, subject included, and is only for one gap report', () => {
		const run = rungs(['gap', noor, '--format', 'email', '--lang', 'fr']);
		expect(run.code).toBe(0);
		expect(mimeParts(run.stdout).parts[1]!.body).toContain('<html lang="fr">');
		const compare = rungs(['gap', noor, '--compare', noor, '--format', 'email']);
		expect(compare.code).toBe(2);
		expect(compare.stderr).toContain('--format email writes one assessment');
	});
});
