import type { DataProblemParams } from './problems-data.ts';
import { fr, nombre } from './french-typography.ts';
import { raisonIdentifiant, typeAttendu, typeRecu } from './reasons-french.ts';

const ou = (p: { at: string }) => (p.at ? fr` dans \`${p.at}\`` : ' au premier niveau');

/** A problem found in a data object (no file, no line, no YAML), in French: see problems-data.ts. */
export const frenchDataProblems: { [K in keyof DataProblemParams]: (params: DataProblemParams[K]) => string } = {
	'WRONG_TYPE.data': (p) => fr`\`${p.field === '(top level)' ? '(premier niveau)' : p.field}\` devrait être ${typeAttendu(p.expected, true)}, et non ${typeRecu(p, true)}.`,
	'WRONG_TYPE.data.hint': () => 'Vérifiez le type de la valeur.',
	'TOO_MANY_PROBLEMS.data': (p) => fr`Ces données ont encore ${nombre(p.count)} problèmes, non affichés.`,
	'TOO_MANY_PROBLEMS.data.hint': () =>
		fr`Corrigez d’abord ceux qui précèdent : une seule erreur (une valeur du mauvais type, un objet mal placé) entraîne souvent les autres.`,
	'FORMAT_MISSING.data': () => fr`Les données ne disent pas ce qu’elles sont : la propriété \`format\` manque.`,
	'FORMAT_MISSING.data.hint': (p) => fr`Ajoutez \`format: '${p.example}'\`.`,
	'FORMAT_UNKNOWN.data': (p) => fr`\`${p.format}\` n’est pas un format Rungs.`,
	'FORMAT_UNSUPPORTED.data': (p) => fr`Ces données sont au format \`${p.format}\` ; cette version de Rungs lit \`${p.supported}\`.`,
	'FORMAT_NOT_EXPECTED.data.hint': () => 'Vérifiez que vous avez passé les bonnes données.',
	'UNKNOWN_KEY.data': (p) => fr`Propriété inconnue ${p.key === '' ? 'au nom vide' : fr`\`${p.key}\``}${ou(p)}.`,
	'MISSPELT_KEY.data.hint': (p) => fr`Renommez la propriété en \`${p.meant}\` : elle est obligatoire ici, et \`${p.key}\` n’est pas une propriété connue de Rungs.`,
	'INVALID_ID.data': (p) => fr`${p.value === '' ? 'Un nom vide' : fr`\`${p.value}\``} n’est pas un identifiant valide${p.reason ? fr` : ${raisonIdentifiant(p.reason)}` : ''}.`,
	'DUPLICATE_ID.data.hint': () => 'Les identifiants doivent être uniques pour que les évaluations et les comparaisons puissent les suivre.',
	'LADDER_VERSION_MISMATCH.data.hint': (p) =>
		fr`Passez-la en ${p.now} avec \`migrateAssessment\` ; les éléments modifiés seront marqués à réévaluer.`,
	'LADDER_MAJOR_MISMATCH.data.hint': (p) =>
		fr`Des niveaux ou des compétences ont pu disparaître. Passez-la en ${p.now} avec \`migrateAssessment\` ; les éléments modifiés seront marqués à réévaluer.`,
};
