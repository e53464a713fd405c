import { capitalise, groupThousands, person, type NewsLanguage } from './news-language.js'
import type { Prng } from './prng.js'

/** `art` is the article the name takes: "" for none (Israël), "l" for an elided one. */
interface Pays {
  name: string
  art: 'la' | 'le' | 'l' | 'les' | ''
  /** Demonym agreeing with a masculine and a feminine plural noun ("obus russes"). */
  m: string
  f: string
  capital: string
}

// Usual French press forms; accents kept as written (NFC), elisions made by the helpers below.
const PAYS: Pays[] = [
  {
    name: 'Corée du Nord',
    art: 'la',
    m: 'nord-coréens',
    f: 'nord-coréennes',
    capital: 'Pyongyang',
  },
  { name: 'Russie', art: 'la', m: 'russes', f: 'russes', capital: 'Moscou' },
  { name: 'Iran', art: 'l', m: 'iraniens', f: 'iraniennes', capital: 'Téhéran' },
  { name: 'Syrie', art: 'la', m: 'syriens', f: 'syriennes', capital: 'Damas' },
  { name: 'Biélorussie', art: 'la', m: 'biélorusses', f: 'biélorusses', capital: 'Minsk' },
  { name: 'Chine', art: 'la', m: 'chinois', f: 'chinoises', capital: 'Pékin' },
  { name: 'États-Unis', art: 'les', m: 'américains', f: 'américaines', capital: 'Washington' },
  { name: 'Allemagne', art: 'l', m: 'allemands', f: 'allemandes', capital: 'Berlin' },
  { name: 'Ukraine', art: 'l', m: 'ukrainiens', f: 'ukrainiennes', capital: 'Kiev' },
  { name: 'Pologne', art: 'la', m: 'polonais', f: 'polonaises', capital: 'Varsovie' },
  { name: 'Israël', art: '', m: 'israéliens', f: 'israéliennes', capital: 'Tel-Aviv' },
  { name: 'Égypte', art: 'l', m: 'égyptiens', f: 'égyptiennes', capital: 'Le Caire' },
  { name: 'Inde', art: 'l', m: 'indiens', f: 'indiennes', capital: 'New Delhi' },
  { name: 'Royaume-Uni', art: 'le', m: 'britanniques', f: 'britanniques', capital: 'Londres' },
  { name: 'Corée du Sud', art: 'la', m: 'sud-coréens', f: 'sud-coréennes', capital: 'Séoul' },
  { name: 'Japon', art: 'le', m: 'japonais', f: 'japonaises', capital: 'Tokyo' },
  { name: 'Arménie', art: 'l', m: 'arméniens', f: 'arméniennes', capital: 'Erevan' },
  { name: 'Azerbaïdjan', art: 'l', m: 'azerbaïdjanais', f: 'azerbaïdjanaises', capital: 'Bakou' },
  { name: 'Hezbollah', art: 'le', m: 'du Hezbollah', f: 'du Hezbollah', capital: 'Beyrouth' },
  { name: 'Houthis', art: 'les', m: 'houthis', f: 'houthies', capital: 'Sanaa' },
]
/** Generic weapon words with their gender, so demonyms agree. */
const ARMES: Array<{ w: string; g: 'm' | 'f' }> = [
  { w: 'obus', g: 'm' },
  { w: 'obus de 152 mm', g: 'm' },
  { w: 'missiles balistiques', g: 'm' },
  { w: 'drones kamikazes', g: 'm' },
  { w: 'chars lourds', g: 'm' },
  { w: 'avions de combat', g: 'm' },
  { w: 'munitions', g: 'f' },
  { w: 'roquettes', g: 'f' },
  { w: 'armes légères', g: 'f' },
  { w: 'batteries antiaériennes', g: 'f' },
]
const SYSTEMES = ['drones Shahed-136', 'missiles KN-23', 'chars Leopard 2', 'canons Caesar']
const MOIS = ['janvier', 'février', 'mars', 'avril', 'juin', 'août', 'octobre', 'décembre']
const JOURS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi']

// Both apostrophes occur in French news; the extractor must treat them alike.
const apo = (r: Prng): string => (r.chance(0.5) ? "'" : '’')
const pays = (r: Prng): Pays => r.pick(PAYS)
const arme = (r: Prng): string => r.pick(ARMES).w
const systeme = (r: Prng): string => r.pick(SYSTEMES)

/** "la Russie", "l’Iran", "les États-Unis", "Israël". */
function le(p: Pays, r: Prng): string {
  return p.art === '' ? p.name : p.art === 'l' ? `l${apo(r)}${p.name}` : `${p.art} ${p.name}`
}
/** "à la Russie", "au Japon", "aux États-Unis", "à l’Iran". */
function a(p: Pays, r: Prng): string {
  const contracted = { le: `au ${p.name}`, les: `aux ${p.name}` } as const
  return p.art === 'le' || p.art === 'les' ? contracted[p.art] : `à ${le(p, r)}`
}
/** "de la Russie", "du Japon", "des États-Unis", "d’Israël". */
function de(p: Pays, r: Prng): string {
  if (p.art === 'le') return `du ${p.name}`
  if (p.art === 'les') return `des ${p.name}`
  return p.art === '' ? `d${apo(r)}${p.name}` : `de ${le(p, r)}`
}

/** A country as sentence subject with its verb agreeing: "Les États-Unis ont livré". */
function sujet(r: Prng, singular: string, plural: string): string {
  const p = pays(r)
  return `${capitalise(le(p, r))} ${p.art === 'les' ? plural : singular}`
}

/** A counted weapon phrase: "plus de 1 000 obus", "des dizaines d’armes légères". */
function lot(r: Prng): string {
  const { w, g } = r.pick(ARMES)
  const noun = r.chance(0.3) ? `${w} ${pays(r)[g]}` : w
  // The thousands separator varies as it does in print: narrow no-break, no-break, plain space.
  const n = () => groupThousands(r.int(1, 40) * 250, r.pick(['\u202f', '\u00a0', ' ']))
  const of = /^[aeiouéh]/u.test(noun) ? `d${apo(r)}` : 'de '
  const forms = [`${r.int(2, 90)} ${noun}`, `plus de ${n()} ${noun}`, `environ ${n()} ${noun}`]
  forms.push(`des dizaines ${of}${noun}`, `un lot ${of}${noun}`, `des ${noun}`)
  return r.pick(forms)
}

function date(r: Prng): string {
  const an = r.int(2019, 2025)
  const day = r.int(1, 28)
  const forms = [
    `le ${day === 1 ? '1er' : day} ${r.pick(MOIS)} ${an}`,
    `en ${r.pick(MOIS)} ${an}`,
    `l${apo(r)}an dernier`,
    `depuis ${r.pick(MOIS)}`,
    r.pick(JOURS),
  ]
  return r.pick(forms)
}

/** Who says it; `isSubject` leaves out the plural form so "a démenti" agrees. */
function source(r: Prng, isSubject = false): string {
  const forms = [
    r.pick([
      'la Maison Blanche',
      'le Kremlin',
      'le département d’État',
      'un porte-parole du Pentagone',
    ]),
    `le ministère des Affaires étrangères ${de(pays(r), r)}`,
    `${r.pick(['le ministre de la Défense', 'la ministre des Armées', 'M.'])} ${person(r)}`,
    `des responsables à ${pays(r).capital}`,
  ]
  return r.pick(isSubject ? forms.slice(0, -1) : forms)
}

export const newsFr: NewsLanguage = {
  code: 'fr',
  headline: [
    (r) => `${sujet(r, 'accélère', 'accélèrent')} ses livraisons d’armes ${a(pays(r), r)}`,
    (r) => `${sujet(r, 'se tourne', 'se tournent')} vers ${le(pays(r), r)} pour des ${systeme(r)}`,
    (r) => `${sujet(r, 'dément', 'démentent')} armer ${le(pays(r), r)}`,
    (r) => `Grève des transports à ${pays(r).capital} : le trafic reste perturbé`,
  ],
  transfer: [
    (r) =>
      `${sujet(r, 'a livré', 'ont livré')} ${lot(r)} ${a(pays(r), r)} ${date(r)}, selon ${source(r)}.`,
    (r) => `Selon ${source(r)}, ${le(pays(r), r)} aurait expédié ${lot(r)} ${a(pays(r), r)}.`,
    (r) =>
      `${sujet(r, 'a reçu', 'ont reçu')} ${lot(r)} en provenance ${de(pays(r), r)} ${date(r)}.`,
    (r) =>
      `${sujet(r, 'a signé', 'ont signé')} un contrat pour fournir des ${systeme(r)} ${a(pays(r), r)}.`,
    (r) =>
      `${sujet(r, 'cherche', 'cherchent')} à acquérir des ${arme(r)} auprès ${de(pays(r), r)}.`,
    (r) => `${capitalise(source(r, true))} a démenti toute vente d${apo(r)}armes ${a(pays(r), r)}.`,
    (r) =>
      `${capitalise(source(r, true))} a condamné les livraisons ${de(pays(r), r)} ${a(pays(r), r)}.`,
    (r) => `« Nous n${apo(r)}avons envoyé aucune arme ${a(pays(r), r)} », a assuré ${person(r)}.`,
    (r) => {
      const { w, g } = r.pick(ARMES)
      const moved = g === 'f' ? 'acheminées' : 'acheminés'
      return `Des ${w} ${pays(r)[g]} auraient été ${moved} ${a(pays(r), r)} par voie ferrée ${date(r)}.`
    },
    (r) =>
      `${sujet(r, 'a conclu', 'ont conclu')} ${date(r)} un accord portant sur ${lot(r)} avec ${le(pays(r), r)}.`,
  ],
  filler: [
    (r) =>
      `Les discussions à ${pays(r).capital} ont aussi porté sur le commerce et l${apo(r)}énergie.`,
    (r) => `La Bourse de ${pays(r).capital} a terminé en légère hausse ${r.pick(JOURS)}.`,
    () => 'Le ministère n’a pas répondu à nos sollicitations.',
    (r) =>
      `De fortes pluies ont retardé les vols au départ de ${pays(r).capital} pendant plusieurs heures.`,
    (r) =>
      `${capitalise(le(pays(r), r))} et ${le(pays(r), r)} ont mené des exercices conjoints ${date(r)}.`,
    (r) =>
      `${sujet(r, 'a présenté', 'ont présenté')} des ${systeme(r)} de fabrication nationale lors d${apo(r)}un défilé.`,
    (r) => `Des troupes ont été déployées près de la frontière ${date(r)}, à ${pays(r).capital}.`,
    () => 'Ces chiffres n’ont pas pu être vérifiés de manière indépendante.',
    (r) => `${person(r)}, qui a requis l${apo(r)}anonymat, n’a pas donné plus de détails.`,
    (r) => `Le prix du blé a progressé de ${r.int(2, 19)},${r.int(0, 9)} % sur la même période.`,
    (r) =>
      `C${apo(r)}était la première visite d${apo(r)}un chef d${apo(r)}État depuis ${r.int(3, 40)} ans.`,
    () => 'Le dollar a reculé face à l’euro et au yen dans l’après-midi.',
    (r) =>
      `Des habitants de ${pays(r).capital} ont signalé des coupures de courant après l${apo(r)}orage.`,
  ],
}
