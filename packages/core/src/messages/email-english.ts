/** The words only the email form of a gap report needs, in English. */
export const englishEmail = {
	'email.chartCaption': (p: { lowest: string; highest: string; meets: string }) =>
		`One bar per competency, longer for a higher rating, from ${p.lowest} to ${p.highest}; ${p.meets} meets the target level. Each rating and its status are written beside its bar.`,
	'email.subject': (p: { name: string; target: string; verdict: string }) => `Gap report for ${p.name}, towards ${p.target}: ${p.verdict}`,
};

type Param<F> = F extends (p: infer P) => string ? (unknown extends P ? Record<never, never> : P) : never;
export type EmailParams = { [K in keyof typeof englishEmail]: Param<(typeof englishEmail)[K]> };
