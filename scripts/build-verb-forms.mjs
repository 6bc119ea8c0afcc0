// Builds src/lexicons/fr/verb-forms.json: every conjugated form of the trigger verbs and of the
// auxiliaries and modals the event stage reads, folded, with lemma and tense.
// fr-compromise's conjugator supplies the forms (its data, at build time only: it is far too slow
// and too memory-hungry to run on text); it gets second-group -ir verbs wrong (future "envahir"),
// so those, and the few forms it omits, come from the small tables below.
// Run: node scripts/build-verb-forms.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import nlp from 'fr-compromise';

const conj = nlp.methods().two.transform.verb;
const triggers = JSON.parse(readFileSync(new URL('../src/lexicons/fr/triggers.json', import.meta.url), 'utf8'));
const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’']/g, "'");

/** Verbs read for tense, voice and modality besides the triggers. */
const EXTRA = ['être', 'avoir', 'faire', 'prendre', 'mettre', 'rendre', 'pouvoir', 'devoir', 'vouloir', 'aller', 'venir',
  'annoncer', 'affirmer', 'déclarer', 'indiquer', 'revendiquer', 'reprendre', 'commencer', 'entamer', 'utiliser', 'répondre',
  'mourir', 'périr', 'survenir', 'produire', 'dénoncer', 'exiger', 'appeler', 'réclamer', 'demander', 'examiner', 'envisager',
  'négocier', 'discuter', 'préparer', 'prévoir', 'menacer', 'risquer', 'souhaiter', 'chercher', 'tenter', 'essayer', 'viser',
  // Agentive verbs (`X a mené l'attaque`) and verbs of saying (`a précisé jeudi`) that modality.json lists by lemma.
  'conduire', 'effectuer', 'perpétrer', 'commettre', 'intensifier', 'multiplier', 'ordonner', 'organiser', 'déclencher',
  'exécuter'];

/** Second-group verbs (-ir, -issons): regular, but fr-compromise conjugates them wrongly. */
const SECOND_GROUP = new Set(['envahir', 'avertir', 'périr', 'finir', 'réussir', 'anéantir', 'aboutir']);

/** Forms fr-compromise lacks or gets wrong, by lemma. */
const EXTRA_FORMS = {
  'être': { present: ['suis', 'es', 'est', 'sommes', 'etes', 'sont'], imperfect: ['etais', 'etait', 'etions', 'etiez', 'etaient'], future: ['serai', 'seras', 'sera', 'serons', 'serez', 'seront'], conditional: ['serais', 'serait', 'serions', 'seriez', 'seraient'], simplePast: ['fut', 'furent'], participle: ['ete'], presentParticiple: ['etant'], infinitive: ['etre'] },
  'avoir': { present: ['ai', 'as', 'a', 'avons', 'avez', 'ont'], imperfect: ['avais', 'avait', 'avions', 'aviez', 'avaient'], future: ['aurai', 'auras', 'aura', 'aurons', 'aurez', 'auront'], conditional: ['aurais', 'aurait', 'aurions', 'auriez', 'auraient'], simplePast: ['eut', 'eurent'], participle: ['eu'], presentParticiple: ['ayant'], infinitive: ['avoir'] },
  'aller': { present: ['vais', 'vas', 'va', 'allons', 'allez', 'vont'], future: ['ira', 'iront'], conditional: ['irait', 'iraient'] },
  'mourir': { participle: ['mort', 'morte', 'morts', 'mortes'], simplePast: ['mourut', 'moururent'] },
  'faire': { present: ['fait', 'font'], participle: ['fait', 'faite', 'faits', 'faites'], simplePast: ['fit', 'firent'] },
  'prendre': { participle: ['pris', 'prise', 'prises'], simplePast: ['prit', 'prirent'], present: ['prend', 'prennent'] },
  'reprendre': { participle: ['repris', 'reprise', 'reprises'], present: ['reprend', 'reprennent'] },
  'mettre': { participle: ['mis', 'mise', 'mises'], present: ['met', 'mettent'] },
  'promettre': { participle: ['promis', 'promise', 'promises'] },
  'abattre': { participle: ['abattu', 'abattue', 'abattus', 'abattues'] },
  'survenir': { participle: ['survenu', 'survenue', 'survenus', 'survenues'], present: ['survient', 'surviennent'] },
  'conclure': { participle: ['conclu', 'conclue', 'conclus', 'conclues'] },
  'convenir': { participle: ['convenu', 'convenue', 'convenus'], present: ['convient', 'conviennent'] },
  'parvenir': { participle: ['parvenu', 'parvenue', 'parvenus', 'parvenues'], present: ['parvient', 'parviennent'] },
  'maintenir': { participle: ['maintenu', 'maintenue', 'maintenus', 'maintenues'], present: ['maintient', 'maintiennent'] },
  'poursuivre': { participle: ['poursuivi', 'poursuivie', 'poursuivis', 'poursuivies'], present: ['poursuit', 'poursuivent'] },
  'produire': { participle: ['produit', 'produite', 'produits'], present: ['produit', 'produisent'] },
  'pouvoir': { present: ['peut', 'peuvent'], conditional: ['pourrait', 'pourraient'], future: ['pourra', 'pourront'] },
  'devoir': { present: ['doit', 'doivent'], conditional: ['devrait', 'devraient'], future: ['devra', 'devront'] },
  'vouloir': { present: ['veut', 'veulent'], conditional: ['voudrait', 'voudraient'] },
  'venir': { present: ['vient', 'viennent'], participle: ['venu', 'venue', 'venus', 'venues'] },
  'rendre': { participle: ['rendu', 'rendue', 'rendus'] },
  'prévoir': { present: ['prevoit', 'prevoient'], participle: ['prevu', 'prevue', 'prevus', 'prevues'] },
  'conduire': { present: ['conduit', 'conduisent'], participle: ['conduit', 'conduite', 'conduits', 'conduites'], simplePast: ['conduisit', 'conduisirent'] },
  'commettre': { present: ['commet', 'commettent'], participle: ['commis', 'commise', 'commises'], simplePast: ['commit', 'commirent'] },
  'reconnaître': { present: ['reconnait', 'reconnaissent'], participle: ['reconnu', 'reconnue', 'reconnus', 'reconnues'], simplePast: ['reconnut', 'reconnurent'] },
  'démentir': { present: ['dement', 'dementent'], participle: ['dementi', 'dementie', 'dementis', 'dementies'], simplePast: ['dementit', 'dementirent'] },
};

function secondGroup(inf) {
  const stem = inf.slice(0, -2);
  return {
    infinitive: [inf],
    present: ['is', 'it', 'issons', 'issez', 'issent'].map((e) => stem + e),
    imperfect: ['issait', 'issaient'].map((e) => stem + e),
    future: ['ira', 'iront', 'irons'].map((e) => stem + e),
    conditional: ['irait', 'iraient'].map((e) => stem + e),
    simplePast: ['it', 'irent'].map((e) => stem + e),
    participle: ['i', 'ie', 'is', 'ies'].map((e) => stem + e),
    presentParticiple: [`${stem}issant`],
  };
}

function fromCompromise(inf) {
  const out = { infinitive: [inf], present: [], imperfect: [], future: [], conditional: [], simplePast: [], participle: [], presentParticiple: [] };
  const all = conj.all(inf);
  const future = Object.values(conj.toFutureTense(inf));
  const imperfect = Object.values(conj.toImperfect(inf));
  const participle = conj.toPastParticiple(inf);
  out.future.push(...future);
  out.imperfect.push(...imperfect);
  // The conditional is the future stem with imperfect endings.
  for (const f of future) {
    const m = /^(.*r)(ai|as|a|ons|ez|ont)$/.exec(f);
    if (m) out.conditional.push(m[1] + { ai: 'ais', as: 'ais', a: 'ait', ons: 'ions', ez: 'iez', ont: 'aient' }[m[2]]);
  }
  const special = new Set([inf, ...future, ...imperfect]);
  for (const f of all) if (!special.has(f) && !f.endsWith('é') && !f.endsWith('ée') && !f.endsWith('és') && !f.endsWith('ées')) out.present.push(f);
  if (participle) {
    out.participle.push(participle);
    if (/[éiu]$/.test(participle)) out.participle.push(`${participle}e`, `${participle}s`, `${participle}es`);
  }
  if (inf.endsWith('er')) {
    const stem = inf.slice(0, -2);
    const soft = /[cg]$/.test(stem) ? (stem.endsWith('c') ? `${stem.slice(0, -1)}ç` : `${stem}e`) : stem;
    out.simplePast.push(`${soft}a`, `${stem}èrent`);
    out.presentParticiple.push(`${soft}ant`);
  }
  return out;
}

/** Folded forms that are far more often a function word: `dû` folds to the article `du`. */
const NOT_VERBS = new Set(['du']);

const lemmas = [...new Set([...Object.keys(triggers.verbs), ...EXTRA])].sort();
const forms = {};
for (const lemma of lemmas) {
  const table = SECOND_GROUP.has(lemma) ? secondGroup(lemma) : lemma === 'être' || lemma === 'avoir' ? { infinitive: [lemma] } : fromCompromise(lemma);
  for (const [tense, list] of Object.entries(EXTRA_FORMS[lemma] ?? {})) table[tense] = [...new Set([...(table[tense] ?? []), ...list])];
  for (const [tense, list] of Object.entries(table)) {
    for (const form of list) {
      const key = fold(form);
      if (NOT_VERBS.has(key)) continue;
      forms[key] ??= [];
      if (!forms[key].some((x) => x[0] === fold(lemma) && x[1] === tense)) forms[key].push([fold(lemma), tense]);
    }
  }
}
const sorted = Object.fromEntries(Object.entries(forms).sort(([a], [b]) => (a < b ? -1 : 1)));
writeFileSync(
  new URL('../src/lexicons/fr/verb-forms.json', import.meta.url),
  `${JSON.stringify({ description: 'Generated by scripts/build-verb-forms.mjs (fr-compromise conjugations, corrected). Folded form -> [[lemma, tense]]. Do not edit by hand.', forms: sorted }, null, 0).replace(/\],"/g, '],\n"')}\n`,
);
console.log(`${Object.keys(sorted).length} forms of ${lemmas.length} verbs`);
