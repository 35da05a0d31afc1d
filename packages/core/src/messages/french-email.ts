import type { EmailParams } from './email-english.ts';
import { fr } from './french-typography.ts';

type Texts<P> = { [C in keyof P]: (p: P[C]) => string };

/** The words only the email form of a gap report needs, in French. */
export const frenchEmail: Texts<EmailParams> = {
	'email.chartCaption': (p) =>
		fr`Une barre par compétence, d’autant plus longue que l’appréciation est haute, de « ${p.lowest} » à « ${p.highest} » ; « ${p.meets} » atteint le niveau cible. L’appréciation et la situation sont écrites à côté de chaque barre.`,
	'email.subject': (p) => fr`Rapport d’écarts de ${p.name}, vers ${p.target} : ${p.verdict}`,
};
