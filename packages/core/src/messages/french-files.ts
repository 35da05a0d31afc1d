import type { FsReason } from './problem-params.ts';
import type { FileProblemCode, ProblemTexts } from './problems-files.ts';
import { fr, nombre } from './french-typography.ts';
import { conseilValeur, fichiersAttendus, listeOu, problemeYaml, raisonIdentifiant, raisonValeur, sorteDeTexte, typeAttendu, typeRecu, identifiantsConnus } from './reasons-french.ts';

/** « Vouliez-vous dire `x` ? » when a likely id or key is known. */
export const vouliezVousDire = (p: { suggestion?: string }): string => (p.suggestion ? fr`Vouliez-vous dire \`${p.suggestion}\` ? ` : '');

/** A failed system call in French, by its error code. */
export function erreurSysteme(errno: string): string {
	return ERREURS[errno] ?? fr`le système a refusé (${errno})`;
}
const ERREURS: Readonly<Record<string, string>> = {
	ENOENT: 'aucun fichier ni dossier de ce nom',
	EACCES: 'permission refusée',
	EPERM: 'permission refusée',
	ENOTDIR: 'une partie du chemin est un fichier, pas un dossier',
	EISDIR: 'c’est un dossier, pas un fichier',
	ELOOP: 'un lien qui tourne en boucle',
	ENAMETOOLONG: 'le chemin est trop long',
	EROFS: 'le système de fichiers est en lecture seule',
	ENOSPC: 'le disque est plein',
	EDQUOT: 'le quota disque est atteint',
	EMFILE: 'trop de fichiers sont ouverts',
	ENFILE: 'trop de fichiers sont ouverts',
	EIO: 'une erreur d’entrée-sortie',
	EBUSY: 'le fichier est occupé',
	EEXIST: 'il existe déjà',
};

/** Why a path was not read, in French. */
function raison(p: { reason: FsReason; errno?: string; boundary?: string }): string {
	switch (p.reason) {
		case 'no-such-file': return 'ce fichier n’existe pas';
		case 'no-such-folder': return 'ce dossier n’existe pas';
		case 'not-a-folder': return 'c’est un fichier, pas un dossier';
		case 'folder': return 'c’est un dossier, pas un fichier';
		case 'named-pipe': return 'c’est un tube nommé, pas un fichier ordinaire';
		case 'socket': return 'c’est un socket, pas un fichier ordinaire';
		case 'device': return 'c’est un périphérique, pas un fichier ordinaire';
		case 'not-regular': return 'ce n’est pas un fichier ordinaire';
		case 'link-to-nothing': return 'c’est un lien qui ne mène nulle part';
		case 'link-outside': return fr`c’est un lien vers un fichier hors de \`${p.boundary ?? ''}\`, que Rungs ne suit pas`;
		case 'link': return 'c’est un lien, que Rungs ne suit pas';
		case 'link-to-folder': return fr`c’est un lien vers un dossier, que Rungs ne suit pas : indiquez ce dossier lui-même`;
		case 'folder-unreadable': return fr`le dossier est illisible : ${erreurSysteme(p.errno ?? 'EIO')}`;
		case 'system': return erreurSysteme(p.errno ?? 'EIO');
	}
}

/** A field's path as the shape checker writes it, with its one English placeholder in French. */
export const champ = (field: string): string => (field === '(top level)' ? '(premier niveau)' : field);

const cleVide = 'Une clé vide (`~`, `null` ou `""`)';
const ou = (at: string) => (at ? fr` dans \`${at}\`` : ' au premier niveau');

/** What Rungs says, in French, about files, YAML and the shape of their data. */
export const frenchFileProblems: ProblemTexts<FileProblemCode> = {
	FILE_NOT_FOUND: (p) => fr`Impossible de lire \`${p.path}\` : ${raison(p)}.`,
	'FILE_NOT_FOUND.hint': () => 'Vérifiez le chemin, ou lancez la commande depuis le dossier qui contient le fichier.',
	FILE_NOT_READ: (p) => fr`\`${p.path}\` n’a pas été lu : ${raison(p)}.`,
	'FILE_NOT_READ.hint': (p) =>
		p.errno === 'EACCES' || p.errno === 'EPERM'
			? fr`Vérifiez que vous avez le droit de le lire : ses permissions, et celles des dossiers au-dessus.`
			: p.reason.startsWith('link-')
				? 'Rungs ne suit un lien que s’il reste dans le dossier lu (ou dans son dépôt git). Placez-y le fichier lui-même, ou indiquez-le sur la ligne de commande.'
				: fr`Rungs ne lit que des fichiers ordinaires : ni dossiers, ni tubes nommés, ni sockets, ni périphériques.`,
	FILE_EMPTY: () => 'Le fichier est vide.',
	'FILE_EMPTY.hint': () => 'Commencez le fichier par une ligne `format:`, par exemple `format: rungs/ladder@1`.',
	FILE_NOT_TEXT: (p) =>
		fr`Le fichier n’est pas du texte UTF-8 valide (${p.encoding === 'utf-16' ? 'il semble en UTF-16 : un octet NUL ou une marque d’ordre des octets UTF-16' : 'une suite d’octets invalide'} vers la ligne ${p.line}, colonne ${p.column}).`,
	'FILE_NOT_TEXT.hint': () => 'Enregistrez le fichier en UTF-8 depuis votre éditeur.',
	FILE_TOO_LARGE: (p) =>
		fr`Le fichier fait ${p.size === null ? fr`plus de ${nombre(p.limit)}` : nombre(p.size)} octets ; Rungs lit les fichiers jusqu’à ${nombre(p.limit)} octets.`,
	'FILE_TOO_LARGE.hint': () => 'Répartissez le contenu en plusieurs échelles, ou vérifiez que c’est bien le fichier voulu.',
	YAML_SYNTAX: (p) => fr`Syntaxe YAML : ${problemeYaml(p.trouble)[0]}`,
	'YAML_SYNTAX.hint': (p) => problemeYaml(p.trouble)[1] ?? 'Vérifiez l’indentation (des espaces, jamais de tabulations), les guillemets et les deux-points autour de cette ligne.',
	YAML_DUPLICATE_KEY: (p) => fr`${p.key === '' ? cleVide : fr`La clé \`${p.key}\``} apparaît deux fois dans le même dictionnaire.`,
	'YAML_DUPLICATE_KEY.hint': () => fr`Gardez-en une seule : sinon YAML écarterait la première sans rien dire.`,
	YAML_VERSION: (p) => fr`Le fichier demande YAML ${p.version} ; Rungs ne lit que YAML 1.2.`,
	'YAML_VERSION.hint': () => 'Supprimez la ligne `%YAML` (et le `---` qui la suit si rien d’autre n’en a besoin). YAML 1.1 lit `yes`, `no` et `<<` autrement.',
	YAML_UNKNOWN_TAG: (p) => fr`L’étiquette \`${p.tag}\` n’est pas prise en charge.`,
	'YAML_UNKNOWN_TAG.hint': () => fr`Les fichiers Rungs utilisent des valeurs YAML simples : supprimez l’étiquette.`,
	YAML_ALIAS_LIMIT: () => 'Le fichier développe des alias (`*nom`) un trop grand nombre de fois.',
	'YAML_ALIAS_LIMIT.hint': () => fr`Écrivez le contenu en toutes lettres plutôt que d’imbriquer des alias ; cette limite protège des fichiers de type « billion laughs ».`,
	YAML_TOO_DEEP: (p) => fr`Le fichier imbrique des collections sur plus de ${nombre(p.limit)} niveaux.`,
	'YAML_TOO_DEEP.hint': () => fr`Aucun fichier Rungs n’a besoin d’autant d’imbrication ; vérifiez l’indentation.`,
	TOO_MANY_PROBLEMS: (p) => fr`Ce fichier a encore ${nombre(p.count)} problèmes, non affichés.`,
	'TOO_MANY_PROBLEMS.hint': () => fr`Corrigez d’abord ceux qui précèdent : une seule erreur (une indentation, une liste mal placée) entraîne souvent les autres.`,
	FORMAT_MISSING: () => fr`Le fichier ne dit pas ce qu’il est : la clé \`format\` manque.`,
	'FORMAT_MISSING.hint': (p) => fr`Ajoutez une première ligne comme \`format: ${p.example}\`.`,
	FORMAT_UNKNOWN: (p) => fr`\`${p.format}\` n’est pas un format de fichier Rungs.`,
	'FORMAT_UNKNOWN.hint': (p) => fr`Utilisez l’un de ces formats : ${identifiantsConnus(p)}.`,
	FORMAT_UNSUPPORTED: (p) => fr`Ce fichier est au format \`${p.format}\` ; cette version de Rungs lit \`${p.supported}\`.`,
	'FORMAT_UNSUPPORTED.hint': () => 'Mettez à jour @rungs/core (et rungs) vers une version qui lit ce format.',
	FORMAT_NOT_EXPECTED: (p) => fr`Attendu : ${fichiersAttendus(p.expected)} ; trouvé : \`${p.format}\`.`,
	'FORMAT_NOT_EXPECTED.hint': (p) =>
		p.format.startsWith('rungs/assessment@') && p.expected.includes('ladder')
			? fr`Gardez les évaluations hors du dossier des échelles (un sous-dossier comme examples/ convient) : elles sont vérifiées par rapport aux échelles.`
			: 'Vérifiez que vous avez passé le bon fichier.',
	UNKNOWN_KEY: (p) => fr`Clé inconnue ${p.key === '' ? 'et vide (`~`, `null` ou `""`)' : fr`\`${p.key}\``}${ou(p.at)}.`,
	'UNKNOWN_KEY.hint': (p) => vouliezVousDire(p) + fr`Clés autorisées ici : ${identifiantsConnus(p)}.`,
	MISSPELT_KEY: (p) =>
		fr`\`${p.key}\` devrait s’écrire \`${p.meant}\`${p.at ? fr` dans \`${p.at}\`` : ''}${p.lookAlike ? fr` (\`${p.lookAlike.char}\` est ${p.lookAlike.codePoint}, pas une lettre ASCII)` : ''}.`,
	'MISSPELT_KEY.hint': (p) => fr`Renommez la clé en \`${p.meant}\` : elle est obligatoire ici, et \`${p.key}\` n’est pas une clé connue de Rungs.`,
	MISSING_FIELD: (p) => fr`\`${p.key}\` manque${ou(p.at)}.`,
	'MISSING_FIELD.hint': (p) => (p.values ? fr`Utilisez l’une de ces valeurs : ${listeOu(p.values)}.` : 'Ajoutez ce champ.'),
	WRONG_TYPE: (p) => fr`\`${champ(p.field)}\` devrait être ${typeAttendu(p.expected, false)}, et non ${typeRecu(p, false)}.`,
	'WRONG_TYPE.hint': (p) =>
		p.unquoted ? fr`Écrivez-le entre guillemets, comme \`'${p.value ?? ''}'\` : sans guillemets, YAML le lit comme ${typeAttendu(p.received, false)}.` : 'Vérifiez l’indentation et la valeur.',
	INVALID_VALUE: (p) => fr`\`${champ(p.field)}\` : ${raisonValeur(p.reason)}`,
	'INVALID_VALUE.hint': (p) => vouliezVousDire(p) + (conseilValeur(p.reason) ?? 'Vérifiez la valeur.'),
	TEXT_TOO_LONG: (p) =>
		fr`${p.key ? 'Une clé de ' : ''}\`${champ(p.field)}\` fait ${nombre(p.length)} caractères ; ${sorteDeTexte(p.what)} en fait au plus ${nombre(p.limit)}.`,
	'TEXT_TOO_LONG.hint': () => 'Raccourcissez-le. Un texte plus long a sa place dans un document vers lequel l’échelle ou l’évaluation renvoie.',
	INVALID_ID: (p) => fr`${p.value === '' ? cleVide : fr`\`${p.value}\``} n’est pas un identifiant valide${p.reason ? fr` : ${raisonIdentifiant(p.reason)}` : ''}.`,
	'INVALID_ID.hint': () =>
		'Un identifiant s’écrit en lettres et chiffres ASCII, en mots reliés par un seul `-`, `_` ou `.`, comme `written-clarity`, `L1` ou un UUID. Les lettres d’autres alphabets qui leur ressemblent sont refusées.',
};
