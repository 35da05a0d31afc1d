import type { BandPatternReason, FileKind, IdReason, KnownIds, TextKind, ValueKind, ValueReason, ValueRule, YamlTrouble } from './problem-params.ts';
import { fr, nombre } from './french-typography.ts';

// The reasons a problem carries as data (problem-params.ts), in French: see reasons-english.ts.

// What `nombre(1000)` and `nombre(10000)` write (a narrow no-break space groups the thousands), as
// literals: this table is built when the module loads, and a formatter built then cost every start of
// the command line and of each of its worker threads 30 ms of ICU (#20). A test holds them equal.
export const MILLE = '1\u202f000';
export const DIX_MILLE = '10\u202f000';

/** Les identifiants qu’un problème accepterait : « `a`, `b`, `c` et 3 autres ». */
export const identifiantsConnus = (p: Partial<KnownIds>): string => {
	const montres = (p.known ?? []).map((id) => `\`${id}\``).join(', ') || '(aucun)';
	return p.more ? fr`${montres} et ${nombre(p.more)} autres` : montres;
};

/** Une liste de valeurs : « `a`, `b` ou `c` ». */
export const listeOu = (values: readonly string[]): string => {
	const quoted = values.map((v) => `\`${v}\``);
	return quoted.length < 2 ? (quoted[0] ?? '(aucune)') : `${quoted.slice(0, -1).join(', ')} ou ${quoted[quoted.length - 1]}`;
};

const REGLES: Readonly<Record<ValueRule, string>> = {
	'scale-too-few': 'une échelle de notation a au moins deux valeurs.',
	'scale-too-many': 'une échelle de notation a au plus sept valeurs.',
	'shared-none': 'définissez au moins une compétence commune.',
	'levels-too-few': 'une échelle a au moins deux niveaux.',
	'levels-too-many': 'une échelle a au plus huit niveaux.',
	'points-negative': 'les points valent 0 ou plus.',
	'points-too-many': fr`les points valent au plus ${MILLE}.`,
	'points-whole': 'les points sont des nombres entiers, comme `3`.',
	'id-form': 'un identifiant s’écrit en lettres et chiffres ASCII, en mots reliés par un seul `-`, `_` ou `.`, comme `written-clarity`, `L1` ou un UUID.',
	'band-form': 'un palier s’écrit en lettres et chiffres, comme `P3` ou `IC10`.',
	'version-form': 'une version est une version sémantique comme `1.2.0`.',
	'date-form': 'une date s’écrit `AAAA-MM-JJ`, comme `2026-03-31`.',
	'url-form': 'une adresse est une URL absolue en http:// ou https://.',
	'label-empty': 'ce libellé est vide.',
	'text-empty': 'ce texte est vide.',
	'bound-whole': 'une limite est un nombre entier.',
	'bound-too-small': 'une limite vaut au moins 1.',
	'bound-too-large': fr`une limite vaut au plus ${DIX_MILLE}.`,
	'meta-key-empty': 'une clé de `meta` n’est pas vide.',
	'meta-key-control': 'une clé de `meta` ne contient aucun caractère de contrôle.',
	'meta-key-reserved': 'tout objet JavaScript a déjà une propriété de ce nom, aussi Rungs l’écarte de `meta`.',
	'meta-too-many': '`meta` contient au plus 32 clés.',
	'goals-too-many': '`goals` contient au plus 20 objectifs.',
	'statements-none': 'indiquez au moins un attendu, ou supprimez le niveau.',
	'weight-too-small': 'un poids vaut au moins 0,01.',
	'weight-too-large': 'un poids vaut au plus 10.',
	'weight-hundredths': 'un poids a au plus deux décimales, comme `1.25`.',
	'categories-none': 'déclarez au moins une catégorie.',
	'paths-none': 'indiquez au moins un parcours.',
	'language-form': 'une langue s’écrit comme une étiquette BCP 47 en minuscules, comme `en`, `fr` ou `fr-ca`.',
};

const TYPES_TEXTE: Readonly<Record<ValueKind, string>> = {
	mapping: 'un dictionnaire (des lignes `clé: valeur`)', list: 'une liste (des éléments `- `)', text: 'du texte', number: 'un nombre', 'whole-number': 'un nombre entier',
	boolean: '`true` ou `false`', null: '`null`', undefined: 'rien (`undefined`)', date: 'une Date', 'invalid-date': 'une Date invalide', bigint: 'un grand entier', other: 'une autre sorte de valeur',
	'plain-data': 'des données simples (objets, tableaux, chaînes, nombres, booléens, null)', unreadable: 'une valeur illisible',
};
const TYPES_DONNEES: Readonly<Record<ValueKind, string>> = { ...TYPES_TEXTE, mapping: 'un objet', list: 'un tableau', text: 'une chaîne de caractères' };
const RECU_TEXTE: Readonly<Partial<Record<ValueKind, string>>> = { mapping: 'un dictionnaire', list: 'une liste', boolean: 'un booléen' };
const RECU_DONNEES: Readonly<Partial<Record<ValueKind, string>>> = { ...RECU_TEXTE, mapping: 'un objet', list: 'un tableau', text: 'une chaîne de caractères' };

/** La sorte de valeur attendue, avec les mots du lecteur : ceux de YAML pour un fichier, de JavaScript pour des données. */
export const typeAttendu = (kind: ValueKind, data: boolean): string => (data ? TYPES_DONNEES : TYPES_TEXTE)[kind];

/** La sorte de valeur écrite, avec la valeur elle-même quand elle est simple : « un nombre (`3`) ». */
export const typeRecu = (p: { received: ValueKind; value?: string }, data: boolean): string => {
	const name = (data ? RECU_DONNEES : RECU_TEXTE)[p.received] ?? TYPES_TEXTE[p.received];
	if (p.received === 'unreadable') return `${name} (${p.value ?? ''})`;
	return p.value === undefined ? name : `${name} (\`${p.value}\`)`;
};

const SORTES_DE_TEXTE: Readonly<Record<TextKind, string>> = {
	id: 'un identifiant', band: 'un palier', pattern: 'un modèle de paliers', version: 'une version', date: 'une date', label: 'un libellé', url: 'une adresse',
	text: 'un texte', 'long-text': 'ce texte', 'meta-key': 'une clé de `meta`', 'meta-value': 'une valeur de `meta`',
};
/** Une sorte de texte borné, dans une phrase : « un libellé ». */
export const sorteDeTexte = (kind: TextKind): string => SORTES_DE_TEXTE[kind];

const UNITES = { list: ' éléments', text: ' caractères', number: '', other: '' } as const;

/** Pourquoi une valeur est refusée, après « `champ` : ». */
export function raisonValeur(reason: ValueReason): string {
	switch (reason.kind) {
		case 'not-allowed': return fr`\`${reason.value}\` n’est pas une valeur permise.`;
		case 'no-form': return 'cette valeur ne correspond à aucune des formes permises.';
		case 'key-not-allowed': return fr`la clé \`${reason.key}\` n’est pas permise ici.${reason.rule ? ` ${majuscule(REGLES[reason.rule])}` : ''}`;
		case 'control-character': return fr`le texte contient le caractère de contrôle ${reason.codePoint}, qu’aucune page ni aucun terminal n’affiche comme du texte.`;
		case 'rule': return REGLES[reason.rule];
		case 'too-small': return fr`la valeur doit être ${reason.inclusive ? 'au moins' : 'supérieure à'} ${nombre(reason.limit)}${UNITES[reason.of]}.`;
		case 'too-large': return fr`la valeur doit être ${reason.inclusive ? 'au plus' : 'inférieure à'} ${nombre(reason.limit)}${UNITES[reason.of]}.`;
		case 'other': return fr`cette valeur n’est pas permise (${reason.check}).`;
	}
}

const majuscule = (text: string): string => text[0]!.toUpperCase() + text.slice(1);

/** Que faire d’une valeur refusée, quand la raison en dit plus que « vérifiez la valeur ». */
export function conseilValeur(reason: ValueReason): string | undefined {
	if (reason.kind === 'not-allowed') return fr`Utilisez ${reason.values.length === 1 ? '' : 'l’une de ces valeurs : '}${listeOu(reason.values)}.`;
	if (reason.kind === 'control-character') return 'Retirez la séquence d’échappement du texte.';
	return undefined;
}

/** Pourquoi un identifiant est refusé, après « … n’est pas un identifiant valide : ». */
export function raisonIdentifiant(reason: IdReason): string {
	switch (reason.kind) {
		case 'reserved': return 'tout objet JavaScript a déjà une propriété de ce nom, aussi Rungs l’écarte des identifiants';
		case 'invisible': return fr`il contient ${reason.codePoint}, un caractère invisible`;
		case 'not-ascii': return fr`\`${reason.char}\` (${reason.codePoint}) n’est pas une lettre ASCII`;
	}
}

/** Ce que l’analyseur YAML n’a pas pu lire, et que faire : [message, conseil]. */
export function problemeYaml(trouble: YamlTrouble): [string, string | undefined] {
	switch (trouble.kind) {
		case 'complex-key': return ['cette clé est une liste ou un dictionnaire ; les clés des fichiers Rungs sont des mots simples.', fr`Écrivez la clé en texte simple, comme \`empathy:\` ; un \`?\` devant une clé ouvre une clé complexe.`];
		case 'alias-key': return ['cette clé est un alias ; les clés des fichiers Rungs s’écrivent en toutes lettres.', 'Écrivez la clé elle-même au lieu de `*nom`.'];
		case 'tab-indent': return ['les tabulations ne sont pas permises pour l’indentation.', fr`Indentez avec des espaces : YAML n’accepte pas les tabulations pour l’indentation.`];
		case 'several-documents': return ['le fichier contient plus d’un document YAML.', fr`Un fichier Rungs contient un seul document YAML : supprimez le séparateur \`---\` et ce qui le suit, ou scindez le fichier.`];
		case 'colon-in-value': return ['cette valeur contient `: `, que YAML lit comme le début d’une autre clé.', fr`Mettez toute la valeur entre guillemets, comme \`text: "Escalade : menace juridique"\`.`];
		case 'indented-too-deep': return ['cette ligne est plus indentée que la clé au-dessus, donc YAML la lit comme la suite de la valeur précédente.', 'Indentez-la du même nombre d’espaces que les autres clés de son dictionnaire.'];
		case 'no-colon': return ['il manque `:` après la clé de cette ligne.', 'Écrivez-la `clé: valeur`, ou indentez-la pour prolonger la valeur au-dessus.'];
		case 'unclosed-quote': return ['ce texte entre guillemets n’est jamais refermé.', 'Ajoutez le guillemet fermant, ou retirez le guillemet ouvrant.'];
		case 'unclosed-bracket': return [fr`ce \`${trouble.opener}\` n’est jamais refermé.`, fr`Ajoutez le \`${trouble.opener === '[' ? ']' : '}'}\` fermant avant la clé suivante, ou écrivez la liste en éléments \`- \`.`];
		case 'unknown-alias': return [fr`l’alias \`*${trouble.name}\` ne renvoie à aucune ancre.`, fr`Définissez \`&${trouble.name}\` avant cette ligne, ou écrivez la valeur en toutes lettres.`];
		case 'control-character': return [fr`le caractère de contrôle ${trouble.codePoint} n’est pas permis dans un texte YAML.`, fr`Retirez-le. Si le fichier vient d’un autre programme, vérifiez qu’il est enregistré en texte UTF-8.`];
		// The parser's own sentence is quoted as it is, in its language (English).
		case 'parser': return [trouble.message, undefined];
	}
}

const SORTES_DE_FICHIER: Readonly<Record<FileKind, string>> = { ladder: 'échelle', framework: 'cadre (framework)', 'shared-competencies': 'compétences communes (shared-competencies)', 'career-paths': 'parcours (career-paths)', assessment: 'évaluation', translation: 'traduction' };
/** Une sorte de fichier Rungs : « échelle », « évaluation ». */
export const sorteDeFichier = (kind: FileKind): string => SORTES_DE_FICHIER[kind];
export function fichiersAttendus(kinds: readonly FileKind[]): string {
	if (kinds.length === 1 && kinds[0] === 'assessment') return 'une évaluation (`rungs/assessment@1`)';
	const names = kinds.map(sorteDeFichier);
	return `un fichier d’${names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} ou ${names[names.length - 1]}`}`.replace('d’c', 'de c').replace('d’p', 'de p');
}

/** Pourquoi un modèle de paliers est refusé, après « Le modèle de paliers `…` est refusé : ». */
export function raisonModeleDePaliers(reason: BandPatternReason): string {
	switch (reason.kind) {
		case 'too-long': return fr`il fait ${nombre(reason.length)} caractères ; un modèle de paliers en fait au plus ${nombre(reason.limit)}.`;
		case 'not-a-regex': return fr`ce n’est pas une expression régulière valide (${reason.message}).`;
		case 'backreference': return 'il utilise une référence arrière, dont un modèle de paliers n’a pas besoin.';
		case 'lookaround': return 'il utilise une assertion (lookaround) ou un groupe nommé, dont un modèle de paliers n’a pas besoin.';
		case 'brace-not-repeat': return fr`un \`{\` n’ouvre aucune répétition comme \`{1,2}\` ; écrivez \`\\{\` pour le caractère.`;
		case 'repeated-group': return fr`il répète un groupe ; répétez plutôt un seul caractère ou une seule classe, comme \`[0-9]{1,2}\`.`;
		case 'too-many-ways': return 'il permet trop de façons de reconnaître un palier (beaucoup de répétitions ou d’alternatives à la suite), ce qui pourrait être long à vérifier.';
	}
}
