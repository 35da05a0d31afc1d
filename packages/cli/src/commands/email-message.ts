import type { GapEmail } from '@rungs/core/render';

/*
 * A gap report as a whole email message (RFC 5322 with MIME, RFC 2045–2047): a multipart/alternative
 * with the plain text first and the HTML second, as mail clients expect, each part UTF-8 in base64 so
 * no line is too long and no byte is lost on the way. No From or To: the mail tool that sends it adds
 * them (`sendmail -t`, or open the .eml file in a mail client and forward it).
 */

const CRLF = '\r\n';
// `_` is not in the base64 alphabet, so no encoded line can contain the boundary.
const BOUNDARY = '=_rungs_report_alternative';

/** Base64 in lines of 76 characters, the longest MIME allows. */
const base64Lines = (text: string): string => (Buffer.from(text, 'utf8').toString('base64').match(/.{1,76}/g) ?? []).join(CRLF);

/** A header value as RFC 2047 encoded words of at most 45 bytes each (75 characters encoded), folded. */
function encodedWords(text: string): string {
	const words: string[] = [];
	let chunk = '';
	for (const ch of text) {
		if (Buffer.byteLength(chunk + ch, 'utf8') > 45) (words.push(chunk), (chunk = ''));
		chunk += ch;
	}
	if (chunk) words.push(chunk);
	return words.map((w) => `=?UTF-8?B?${Buffer.from(w, 'utf8').toString('base64')}?=`).join(`${CRLF} `);
}

export function mimeMessage(email: GapEmail): string {
	const part = (type: string, body: string) =>
		[`--${BOUNDARY}`, `Content-Type: ${type}; charset=utf-8`, 'Content-Transfer-Encoding: base64', '', base64Lines(body)].join(CRLF);
	return [
		'MIME-Version: 1.0',
		`Subject: ${encodedWords(email.subject)}`,
		`Content-Type: multipart/alternative; boundary="${BOUNDARY}"`,
		'',
		part('text/plain', email.text),
		part('text/html', email.html),
		`--${BOUNDARY}--`,
		'',
	].join(CRLF);
}
