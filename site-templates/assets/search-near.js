// What a query needs only when one of its words is missing from the log or rare there: the words
// one typo away, the thesaurus, the related words. search.js imports this module only then, so
// that a query the log knows loads none of it.
import { load, term, shardOf, tailOf, RARE } from './search.js';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Every word one insertion, deletion, substitution or swap of neighbours away from a word. */
export function edits(w) {
  const out = new Set();
  for (let i = 0; i <= w.length; i++) {
    const head = w.slice(0, i);
    for (const c of LETTERS) out.add(head + c + w.slice(i));
    if (i === w.length) break;
    out.add(head + w.slice(i + 1));
    for (const c of LETTERS) if (c !== w[i]) out.add(head + c + w.slice(i + 1));
    if (i + 1 < w.length && w[i] !== w[i + 1]) out.add(head + w[i + 1] + w[i] + w.slice(i + 2));
  }
  return out;
}

const tails = tail => load('t/' + tail + '.json').then(list => new Set(Array.isArray(list) ? list : []));

/**
 * The log's terms of words one edit from a word. The terms of all its edits are worked out here;
 * those in the word's own dictionary shard are looked up there, already fetched; an edit in the
 * first two letters moves a term to another shard, so those are looked up in the list of terms with
 * the same ending, one small file, rather than in a shard each.
 */
export async function nearTerms(word, t, dict) {
  const near = new Set();
  const elsewhere = new Map();
  for (const e of edits(word)) {
    // a word of four letters may be one of five with a letter dropped; other edits of so short a
    // word are mostly other words
    if (word.length < 5 && e.length <= word.length) continue;
    const k = term(e);
    if (k === null || k === t) continue;
    if (shardOf(k) === shardOf(t)) {
      if (dict[k]) near.add(k);
    } else {
      const tail = tailOf(k);
      if (tail !== null) (elsewhere.get(tail) || elsewhere.set(tail, new Set()).get(tail)).add(k);
    }
  }
  await Promise.all([...elsewhere].map(async ([tail, ks]) => {
    const known = await tails(tail);
    for (const k of ks) if (known.has(k)) near.add(k);
  }));
  return [...near];
}

// a term from the thesaurus weighs less than the word typed, so exact matches rank first
const SYNONYM = 0.6;
// as IndexFiles.writeSynonyms: entries by the shard of their first term, with their terms' entries
const synonymShard = t => load('s/' + shardOf(t) + '.json');

/**
 * Replaces the groups of each thesaurus entry found in the query ("lollipop lady") by one group
 * of the terms it gives ("school crossing patrol"), keeping the words typed as exact alternatives.
 * The entries (written by the build, stemmed, from the same definition the "asked before" lists
 * use) are fetched only when a word of the query is one the log lacks or hardly uses: a small
 * file per word, which also holds the dictionary entries of the terms its entries give.
 */
export async function synonyms(gs) {
  if (!gs.some(g => g.term !== undefined && g.df < RARE)) return gs;
  const files = await Promise.all(gs.map(g => g.term !== undefined ? synonymShard(g.term) : null));
  const out = [];
  for (let at = 0; at < gs.length; at++) {
    const file = files[at] && files[at].k ? files[at] : null;
    let found = null;
    for (let n = Math.min(THESAURUS_LONGEST, gs.length - at); file && n >= 1 && !found; n--) {
      const run = gs.slice(at, at + n);
      if (run.every(g => g.term !== undefined) && Object.prototype.hasOwnProperty.call(file.k, run.map(g => g.term).join(' '))) found = run;
    }
    if (!found) { out.push(gs[at]); continue; }
    // the words typed, exactly: a word the thesaurus knows is no typo, so its near words go
    const alts = new Map();
    for (const g of found) g.alts.forEach(([a, w], i) => { if (a === g.term) alts.set(a, { w, entry: g.entries[i] }); });
    for (const phrase of file.k[found.map(g => g.term).join(' ')]) {
      const list = phrase.split(' ');
      // each term of a phrase scores its share: a document with the whole phrase scores most
      for (const a of list) if (!alts.has(a) && file.d[a]) alts.set(a, { w: SYNONYM, entry: file.d[a], of: list.length });
    }
    out.push({ word: found.map(g => g.word).join(' '), alts: [...alts].map(([a, { w, of }]) => of ? [a, w, of] : [a, w]), entries: [...alts.values()].map(v => v.entry) });
    at += found.length - 1;
  }
  return out;
}
const THESAURUS_LONGEST = 5;

// Words a reader may use where a disclosure log uses another; tried only for a word the log lacks
// or hardly uses, so they widen a search that would find little and never reorder a good one.
const RELATED_WORDS = [
  'sack dismiss', 'car vehicle', 'cop police', 'kid child juvenile', 'salary wage pay remuneration',
  'employee staff personnel', 'cctv camera', 'drone uav', 'gun firearm', 'taser ced',
  'fatality death', 'crash collision', 'mobile phone telephone', 'bike bicycle', 'jail prison',
  'homicide murder', 'stolen theft', 'narcotic drug', 'canine dog', 'lfr facial', 'chis informant',
  'bodycam bwv', 'illness sickness', 'rubbish refuse waste bin', 'gp doctor physician',
  'surgery operation', 'locum agency', 'pupil student', 'exclusion expel', 'expenditure spend cost',
  'grievance complaint', 'mold mould', 'pothole potholes', 'fine penalty',
  'ambulance paramedic', 'jab vaccine vaccination', 'lorry hgv'];
let relatedTerms;
export function related(t) {
  if (!relatedTerms) {
    relatedTerms = new Map();
    for (const line of RELATED_WORDS) {
      const group = line.split(' ').map(w => term(w));
      for (const a of group) relatedTerms.set(a, [...new Set([...(relatedTerms.get(a) || []), ...group])].filter(b => b !== a));
    }
  }
  return relatedTerms.get(t) || [];
}
