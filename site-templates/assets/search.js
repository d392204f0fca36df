// Search for /search/ and /ask/. Reads the static index the build writes under /search/: a
// dictionary shard per two-letter term prefix, postings of frequent terms in their own files, and
// result data in small chunks, so one query fetches only what its words need. The index is
// content, and content is hostile: everything from it reaches the page through textContent.
// The text analysis below mirrors org.foikb.search.Tokeniser and Porter2 line for line.

const STOP = new Set(('a an and are as at be been but by can could did do does for from had has have how i if in ' +
  'into is it its me my of on or our please so such that the their them then there these they this those to was ' +
  'we were what when where which who whom why will with would you your').split(' '));
const EXCEPTIONS = { skis: 'ski', skies: 'sky', dying: 'die', lying: 'lie', tying: 'tie', idly: 'idl',
  gently: 'gentl', ugly: 'ugli', early: 'earli', only: 'onli', singly: 'singl', sky: 'sky', news: 'news',
  howe: 'howe', atlas: 'atlas', cosmos: 'cosmos', bias: 'bias', andes: 'andes' };
const AFTER_1A = new Set(['inning', 'outing', 'canning', 'herring', 'earring', 'proceed', 'exceed', 'succeed']);
const pairs = s => s.split(' ').map(p => p.split(':'));
const STEP2 = pairs('ization:ize ational:ate fulness:ful ousness:ous iveness:ive tional:tion biliti:ble lessli:less ' +
  'entli:ent ation:ate alism:al aliti:al ousli:ous iviti:ive fulli:ful enci:ence anci:ance abli:able izer:ize ' +
  'ator:ate alli:al bli:ble ogi:og li:');
const STEP3 = pairs('ational:ate tional:tion alize:al icate:ic iciti:ic ical:ic ness: ful:');
const STEP4 = 'ement ance ence able ible ment ant ent ism ate iti ous ive ize ion al er ic'.split(' ');
const BRITISH = 'isations isation ising ised ises isers iser ise'.split(' ');

const isVowel = c => 'aeiouy'.includes(c);

export function stem(word) {
  if (word.length <= 2 || !/^[a-z]+$/.test(word)) return word;
  if (Object.prototype.hasOwnProperty.call(EXCEPTIONS, word)) return EXCEPTIONS[word];
  let s = porter2(britishToAmerican(word));
  if (s.length >= 7 && s.endsWith('it')) s = s.slice(0, -2);
  return s;
}

function britishToAmerican(word) {
  for (const suffix of BRITISH) {
    const base = word.length - suffix.length;
    if (word.endsWith(suffix) && base >= 3) return word.slice(0, base) + 'iz' + suffix.slice(2);
  }
  return word;
}

function region(w, from) {
  for (let i = from + 1; i < w.length; i++) if (!isVowel(w[i]) && isVowel(w[i - 1])) return i + 1;
  return w.length;
}

const hasVowel = (w, end) => { for (let i = 0; i < end; i++) if (isVowel(w[i])) return true; return false; };
const endsDouble = w => w.length >= 2 && w[w.length - 1] === w[w.length - 2] && 'bdfgmnprt'.includes(w[w.length - 1]);

function endsShortSyllable(w) {
  const n = w.length;
  if (n === 2) return isVowel(w[0]) && !isVowel(w[1]);
  if (n < 3) return false;
  const a = w[n - 3], b = w[n - 2], c = w[n - 1];
  return !isVowel(a) && isVowel(b) && !isVowel(c) && c !== 'w' && c !== 'x' && c !== 'Y';
}

function porter2(input) {
  let w = '';
  for (let i = 0; i < input.length; i++) w += input[i] === 'y' && (i === 0 || isVowel(w[i - 1])) ? 'Y' : input[i];
  let r1 = region(w, 0);
  for (const prefix of ['gener', 'commun', 'arsen']) if (w.startsWith(prefix)) r1 = prefix.length;
  const r2 = region(w, r1);
  // step 1a
  let n = w.length;
  if (w.endsWith('sses')) w = w.slice(0, n - 2);
  else if (w.endsWith('ied') || w.endsWith('ies')) w = w.slice(0, n > 4 ? n - 2 : n - 1);
  else if (w.endsWith('us') || w.endsWith('ss')) { /* unchanged */ }
  else if (w.endsWith('s') && n >= 3 && hasVowel(w, n - 2)) w = w.slice(0, n - 1);
  if (AFTER_1A.has(w)) return w;
  // step 1b
  n = w.length;
  if (w.endsWith('eedly') || w.endsWith('eed')) {
    const cut = w.endsWith('eedly') ? 5 : 3;
    if (n - cut >= r1) w = w.slice(0, n - cut + 2);
  } else {
    const cut = w.endsWith('ingly') ? 5 : w.endsWith('edly') ? 4 : w.endsWith('ing') ? 3 : w.endsWith('ed') ? 2 : 0;
    if (cut > 0 && hasVowel(w, n - cut)) {
      w = w.slice(0, n - cut);
      if (w.endsWith('at') || w.endsWith('bl') || w.endsWith('iz')) w += 'e';
      else if (endsDouble(w)) w = w.slice(0, -1);
      else if (r1 >= w.length && endsShortSyllable(w)) w += 'e';
    }
  }
  // step 1c
  n = w.length;
  if (n > 2 && (w[n - 1] === 'y' || w[n - 1] === 'Y') && !isVowel(w[n - 2])) w = w.slice(0, n - 1) + 'i';
  w = replaceIn(w, STEP2, r1, true);
  // step 3
  if (w.endsWith('ative')) {
    if (w.length - 5 >= r2) w = w.slice(0, -5);
  } else {
    w = replaceIn(w, STEP3, r1, false);
  }
  // step 4
  for (const suffix of STEP4) {
    if (w.endsWith(suffix)) {
      const start = w.length - suffix.length;
      if (start >= r2 && !(suffix === 'ion' && (start === 0 || !'st'.includes(w[start - 1])))) w = w.slice(0, start);
      break;
    }
  }
  // step 5
  n = w.length;
  if (n > 0 && w[n - 1] === 'e') {
    if (n - 1 >= r2 || (n - 1 >= r1 && !endsShortSyllable(w.slice(0, n - 1)))) w = w.slice(0, n - 1);
  } else if (n > 0 && w[n - 1] === 'l' && n - 1 >= r2 && n >= 2 && w[n - 2] === 'l') {
    w = w.slice(0, n - 1);
  }
  return w.replace(/Y/g, 'y');
}

function replaceIn(w, rules, r1, step2) {
  for (const [suffix, by] of rules) {
    if (w.endsWith(suffix)) {
      const start = w.length - suffix.length;
      if (start < r1) return w;
      if (step2 && suffix === 'ogi' && (start === 0 || w[start - 1] !== 'l')) return w;
      if (step2 && suffix === 'li' && (start === 0 || !'cdeghkmnrt'.includes(w[start - 1]))) return w;
      return w.slice(0, start) + by;
    }
  }
  return w;
}

export function fold(text) {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/ß/g, 'ss').replace(/æ/g, 'ae')
    .replace(/œ/g, 'oe').replace(/ø/g, 'o').replace(/ł/g, 'l').replace(/đ/g, 'd');
}

export const words = text => fold(text).match(/[a-z0-9]+/g) || [];

const TERMS = new Map();
export function term(word) {
  let t = TERMS.get(word);
  if (t === undefined) {
    t = STOP.has(word) ? null : /^s\d+(-[a-z0-9]+)*$/.test(word) ? word : stem(word);
    TERMS.set(word, t);
  }
  return t;
}

const PAREN = '\\((?:\\d{1,2}|[a-z]|[ivx]{1,4})\\)';
const NUMBER = '\\d{1,3}[a-z]?(?:' + PAREN + ')*';
const SHORTHAND = new RegExp('(?<![a-z0-9])(?:(?:sections?|sec|ss|s)\\.?\\s?(' + NUMBER + '(?:\\s?(?:,|and|&|or)\\s?' +
  NUMBER + ')*)|(\\d{1,3}(?:' + PAREN + ')+))(?![a-z0-9])', 'g');

/** Each section shorthand in folded text: [matched text, [ids, most specific first]...]. */
export function shorthand(folded) {
  const found = [];
  for (const m of folded.matchAll(SHORTHAND)) {
    const ids = [];
    for (const number of (m[1] || m[2]).matchAll(new RegExp(NUMBER, 'g'))) {
      const parts = number[0].match(/[0-9a-z]+/g);
      const one = [];
      for (let i = 0; i < parts.length; i++) one.unshift('s' + parts.slice(0, i + 1).join('-'));
      ids.push(one);
    }
    found.push([m[0], ids]);
  }
  return found;
}

export function terms(text) {
  const folded = fold(text);
  const out = [];
  for (const w of folded.match(/[a-z0-9]+/g) || []) { const t = term(w); if (t !== null) out.push(t); }
  for (const [, ids] of shorthand(folded)) for (const one of ids) out.push(...one);
  return out;
}

// ---------------------------------------------------------------- index access

const app = typeof document !== 'undefined' && document.getElementById('search-app');
const base = app ? app.dataset.index : '';
const cache = new Map();
// as IndexFiles.shard: numbers of four digits or more by a hash (String.hashCode), else two letters
export function shardOf(t) {
  if (t.length >= 4 && t[0] >= '0' && t[0] <= '9') {
    let h = 0;
    for (let i = 0; i < t.length; i++) h = (Math.imul(h, 31) + t.charCodeAt(i)) | 0;
    return '_n' + (h & 255);
  }
  return t.length >= 2 ? t.slice(0, 2) : t + '_';
}
export let meta;

export function load(path, binary) {
  if (!cache.has(path)) {
    cache.set(path, fetch(base + path).then(r => {
      if (!r.ok) { if (r.status === 404) return binary ? new ArrayBuffer(0) : {}; throw new Error(r.status + ' ' + path); }
      return binary ? r.arrayBuffer() : r.json();
    }));
  }
  return cache.get(path);
}

/** Decodes a postings list into parallel arrays: doc, impact and facet codes per posting. */
function decode(bytes) {
  const list = [];
  let at = 0, doc = 0;
  const varint = () => { let v = 0, shift = 0, b; do { b = bytes[at++]; v |= (b & 127) << shift; shift += 7; } while (b & 128); return v; };
  while (at < bytes.length) {
    doc += varint();
    const p = { doc, impact: bytes[at++], kind: bytes[at] & 3, question: bytes[at++] >> 2, outcomes: bytes[at++], year: bytes[at++] };
    p.sections = []; for (let k = varint(); k > 0; k--) p.sections.push(varint());
    p.topics = []; for (let k = varint(); k > 0; k--) p.topics.push(varint());
    list.push(p);
  }
  return list;
}

async function postings(t, entry) {
  const key = 'p:' + t;
  if (!cache.has(key)) {
    cache.set(key, typeof entry[1] === 'string'
      ? Promise.resolve(decode(Uint8Array.from(atob(entry[1]), c => c.charCodeAt(0))))
      : load('p/' + shardOf(t) + '/' + entry[1] + '.bin', true).then(b => decode(new Uint8Array(b))));
  }
  return cache.get(key);
}

const shard = t => load('d/' + shardOf(t) + '.json');

// as IndexFiles.tail: the list a term of letters alone is in, by its last two letters
export const tailOf = t => t.length >= 3 && /^[a-z]+$/.test(t) ? t.slice(-2) : null;

// a word in fewer documents than this is rare: the thesaurus and related words are tried for it
export const RARE = 3;

// the typo, thesaurus and related-word code, fetched the first time a query needs it
const near = () => import('./search-near.js');


/**
 * The query as groups of alternative terms, one group per word or section reference. The last
 * word, when still being typed, also matches terms it begins; a word of five letters or more
 * with no exact term matches terms one edit away.
 */
export async function groups(query, typing) {
  let folded = fold(query);
  const result = [];
  for (const [text, ids] of shorthand(folded)) {
    folded = folded.replace(text, ' ');
    for (const one of ids) result.push({ word: one[0], alts: one.map((id, i) => [id, i === 0 ? 1 : 0.6]) });
  }
  const list = folded.match(/[a-z0-9]+/g) || [];
  list.forEach((w, i) => {
    const t = term(w);
    if (t !== null) result.push({ word: w, alts: [[t, 1]], last: typing && i === list.length - 1, isWord: true });
  });
  const resolved = await resolve(result);
  return resolved.some(g => g.term !== undefined && g.df < RARE) ? (await near()).synonyms(resolved) : resolved;
}



// a term found for a typo weighs less than the word typed would have, so exact matches rank first
const TYPO = 0.7;
const EXTRA = 8;

/** Looks each group's terms up in the dictionary, adding prefix, one-typo and related words. */
export async function resolve(result) {
  await Promise.all(result.map(async g => {
    const [t] = g.alts[0];
    const dict = await shard(t);
    if (g.isWord) { g.term = t; g.df = dict[t] ? dict[t][0] : 0; }
    g.alts = g.alts.filter(([a]) => dict[a]);
    const extra = [];
    if (g.last && g.word.length >= 2) {
      const dw = await shard(g.word);
      for (const k of Object.keys(dw)) {
        if (k !== t && (k.startsWith(g.word) || (g.word.startsWith(k) && k.length >= 4 && g.word.length - k.length <= 4))) extra.push([k, 0.8, dw[k][0]]);
      }
    }
    if (!dict[t] && g.word.length >= 4 && /^[a-z]+$/.test(g.word)) {
      const found = await (await near()).nearTerms(g.word, t, dict);
      const entries = await Promise.all(found.map(async k => (await shard(k))[k]));
      found.forEach((k, i) => { if (entries[i]) extra.push([k, TYPO, entries[i][0]]); });
    }
    // the log's own word for it, when the reader's is missing or rare (costs a shard per word)
    if (!dict[t] || dict[t][0] < RARE) {
      const { related } = await near();
      const found = await Promise.all(related(t).map(async r => [r, (await shard(r))[r]]));
      for (const [r, entry] of found) if (entry) extra.push([r, 0.7, entry[0]]);
    }
    extra.sort((a, b) => b[2] - a[2]);
    g.alts.push(...extra.slice(0, EXTRA).map(([k, w]) => [k, w]));
    g.entries = await Promise.all(g.alts.map(async ([a]) => (await shard(a))[a]));
  }));
  return result;
}

const LONG_QUERY = 4;

/** Every document matching at least one group, with its score, groups matched and facets. */
export async function score(gs, onlyQuestions) {
  const docs = new Map();
  let approximate = false;
  await Promise.all(gs.map(async (g, gi) => {
    const lists = await Promise.all(g.alts.map(([a], i) => g.entries[i] ? postings(a, g.entries[i]) : []));
    lists.forEach((list, i) => {
      const entry = g.entries[i];
      if (!entry) return;
      if (entry[0] > meta.topK) approximate = true;
      const idf = Math.log(1 + (meta.n - entry[0] + 0.5) / (entry[0] + 0.5));
      const weight = g.alts[i][1] * idf * (meta.k1 + 1) / 255;
      const of = g.alts[i][2];
      for (const p of list) {
        if (onlyQuestions && p.kind !== 0) continue;
        let d = docs.get(p.doc);
        if (!d) docs.set(p.doc, d = { p, per: new Float64Array(gs.length) });
        if (of) {
          // a thesaurus phrase's terms add up to what one term typed would score
          d.phrase = d.phrase || new Float64Array(gs.length);
          d.phrase[gi] += weight * p.impact / of;
          d.per[gi] = Math.max(d.per[gi], d.phrase[gi]);
        } else {
          d.per[gi] = Math.max(d.per[gi], weight * p.impact);
        }
      }
    });
  }));
  const all = [];
  for (const d of docs.values()) {
    let sum = 0, hits = 0;
    for (const s of d.per) { sum += s; if (s > 0) hits++; }
    all.push({ doc: d.p.doc, p: d.p, score: sum, hits });
  }
  // the documents matching the most words; a long query may leave one of its words unmatched,
  // and then pays for it in the score
  const best = all.reduce((m, d) => Math.max(m, d.hits), 0);
  const need = gs.length >= LONG_QUERY ? best - 1 : best;
  const matched = all.filter(d => d.hits >= Math.max(1, need));
  const damped = d => d.score * (1 + d.hits) / (1 + gs.length);
  matched.sort((a, b) => damped(b) - damped(a) || a.doc - b.doc);
  return { matched, all, damped, approximate };
}

export async function documents(ids) {
  const chunks = await Promise.all(ids.map(id => load('docs/' + Math.floor(id / meta.chunk) + '.json')));
  return ids.map((id, i) => whole(chunks[i], id % meta.chunk));
}

// a question that follows its request in a chunk gives only its number: the rest is the entry before
function whole(chunk, at) {
  const d = chunk[at];
  if (d.n && !d.u) {
    const before = whole(chunk, at - 1);
    Object.assign(d, { u: before.u.replace(/#.*/, '') + '#q' + d.n, t: before.t, r: before.r, d: before.d });
  }
  return d;
}

// ---------------------------------------------------------------- page building

export function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === 'text') node.textContent = v; else node.setAttribute(k, v);
  }
  for (const c of children) if (c) node.append(c);
  return node;
}

/** The text with each word whose term is a query term wrapped in <mark>, built node by node. */
function highlighted(text, wanted) {
  const span = el('span');
  const re = /[\p{L}\p{N}]+/gu;
  let last = 0;
  for (const m of text.matchAll(re)) {
    const f = fold(m[0]);
    const t = /^[a-z0-9]+$/.test(f) ? term(f) : null;
    if (t && [...wanted].some(w => t === w || (w.length >= 3 && t.startsWith(w)))) {
      span.append(text.slice(last, m.index), el('mark', { text: m[0] }));
      last = m.index + m[0].length;
    }
  }
  span.append(text.slice(last));
  return span;
}

const tag = (slug, label) => slug ? el('strong', { class: 'govuk-tag foikb-tag foikb-tag--' + slug, text: label }) : null;
const KINDS = ['Question', 'Request', 'Section of the Act', 'Published information'];

// "5 June 2023" from "2023-06-05"; spelled out here because starting Intl costs tens of ms
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
  'September', 'October', 'November', 'December'];
function longDate(iso) {
  if (!iso) return '';
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

export function resultItem(doc, wanted) {
  const link = el('a', { class: 'govuk-link foikb-result__link', href: doc.u });
  link.append(highlighted(doc.k === 0 ? doc.q : doc.t, wanted));
  const facts = [KINDS[doc.k], doc.k === 0 ? doc.t : '', doc.r || '', longDate(doc.d)].filter(Boolean).join(' · ');
  return el('li', { class: 'foikb-result' },
    el('h2', { class: 'govuk-heading-s foikb-result__title' }, link),
    el('p', { class: 'govuk-body-s foikb-result__facts' }, facts + ' ', tag(doc.o, (doc.k === 1 ? meta.overall : meta.outcomes).find(o => o[0] === doc.o)?.[1])),
    doc.s ? el('p', { class: 'govuk-body foikb-result__snippet' }, highlighted(doc.s, wanted)) : null);
}

// ---------------------------------------------------------------- /search/

const FACETS = ['year', 'outcome', 'section', 'topic'];
const PAGE = 10;

function stateFromUrl() {
  const params = new URLSearchParams(location.search);
  const state = { q: params.get('q') || '' };
  for (const f of FACETS) state[f] = params.getAll(f).filter(Boolean);
  return state;
}

function urlOf(state) {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const f of FACETS) for (const v of state[f]) params.append(f, v);
  const s = params.toString();
  return location.pathname + (s ? '?' + s : '');
}

/** The facet values of one posting, as the keys the URL uses. */
function valuesOf(p, facet) {
  if (facet === 'year') return p.year === 255 ? [] : [facetValue(facet, p.year)];
  if (facet === 'outcome') return meta.outcomes.filter((o, i) => p.outcomes & (1 << i)).map(o => o[0]);
  return (facet === 'section' ? p.sections : p.topics).map(c => facetValue(facet, c));
}

function passes(p, state, except) {
  for (const f of FACETS) if (f !== except && state[f].length && !valuesOf(p, f).some(v => state[f].includes(v))) return false;
  return true;
}

function labelOf(facet, value) {
  const list = facet === 'outcome' ? meta.outcomes : facet === 'section' ? meta.sections : facet === 'topic' ? meta.topics : null;
  const found = list && list.find(x => x[0] === value);
  return found ? found[1] : value;
}

// the results show at most this many documents of one request, so that one long request cannot
// fill the page
const PER_REQUEST = 2;
export const requestOf = d => d.p.kind === 0 ? d.doc - d.p.question : d.doc;

/** The matches the results show: at most PER_REQUEST of each request, best first. */
function capped(matches) {
  const perRequest = new Map();
  return matches.filter(d => {
    const n = (perRequest.get(requestOf(d)) || 0) + 1;
    perRequest.set(requestOf(d), n);
    return n <= PER_REQUEST;
  });
}

/**
 * How many results each code of a facet would show if it were the facet's only choice: matches of
 * that code, at most PER_REQUEST of a request, as the results are capped. Counted on the codes,
 * because a common word matches thousands.
 */
function countCodes(matched, state, facet) {
  const counts = new Map();
  const perRequest = new Map();
  const add = (code, d) => {
    const key = code + ' ' + requestOf(d);
    const n = (perRequest.get(key) || 0) + 1;
    perRequest.set(key, n);
    if (n <= PER_REQUEST) counts.set(code, (counts.get(code) || 0) + 1);
  };
  for (const d of matched) {
    const p = d.p;
    if (!passes(p, state, facet)) continue;
    if (facet === 'year') { if (p.year !== 255) add(p.year, d); }
    else if (facet === 'outcome') { for (let i = 0; p.outcomes >> i; i++) if (p.outcomes & (1 << i)) add(i, d); }
    else for (const code of facet === 'section' ? p.sections : p.topics) add(code, d);
  }
  return counts;
}

const facetValue = (facet, code) => facet === 'year' ? String(meta.years[code])
  : (facet === 'outcome' ? meta.outcomes : facet === 'section' ? meta.sections : meta.topics)[code][0];

function renderFilters(box, matched, state, approximate, onChange) {
  box.replaceChildren();
  const names = { year: 'Year answered', outcome: 'Outcome', section: 'Section of the Act', topic: 'Topic' };
  for (const facet of FACETS) {
    const counts = new Map();
    for (const [code, count] of countCodes(matched, state, facet)) counts.set(facetValue(facet, code), count);
    for (const v of state[facet]) if (!counts.has(v)) counts.set(v, 0);
    if (counts.size === 0) continue;
    // values are slugs and ids: plain comparison, because localeCompare's first call loads collation data
    const entries = [...counts.entries()].sort((a, b) => facet === 'year' ? b[0] - a[0] : b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const boxes = el('div', { class: 'govuk-checkboxes govuk-checkboxes--small' });
    for (const [value, count] of entries.slice(0, 12)) {
      const id = 'filter-' + facet + '-' + value.replace(/[^a-z0-9-]/gi, '-');
      const input = el('input', { class: 'govuk-checkboxes__input', id, type: 'checkbox', name: facet, value });
      input.checked = state[facet].includes(value);
      input.addEventListener('change', () => onChange(facet, value, input.checked));
      boxes.append(el('div', { class: 'govuk-checkboxes__item' }, input,
        el('label', { class: 'govuk-label govuk-checkboxes__label', for: id, text: `${labelOf(facet, value)} (${approximate ? 'about ' : ''}${count})` })));
    }
    box.append(el('div', { class: 'govuk-form-group' }, el('fieldset', { class: 'govuk-fieldset' },
      el('legend', { class: 'govuk-fieldset__legend govuk-fieldset__legend--s', text: names[facet] }), boxes)));
  }
}

/** Quoted phrases; a result must contain each phrase's words in a row in the text it shows. */
const phrasesOf = q => [...q.matchAll(/"([^"]+)"/g)].map(m => words(m[1]).join(' ')).filter(Boolean);
const hasPhrases = (doc, phrases) => {
  const text = ' ' + words([doc.t, doc.q, doc.s].join(' ')).join(' ') + ' ';
  return phrases.every(p => text.includes(' ' + p + ' '));
};

async function initSearch() {
  const input = document.getElementById('search-q');
  const form = document.getElementById('search-form');
  const status = document.getElementById('search-status');
  const results = document.getElementById('search-results');
  const filters = document.getElementById('search-filters');
  const more = document.getElementById('search-more');
  const filterBox = document.getElementById('search-filter-box');
  // open beside the results on a wide screen; closed on a phone, where it would push them down
  filterBox.open = matchMedia('(min-width: 40.0625em)').matches;
  document.getElementById('search-ask-link').hidden = false;
  let state = stateFromUrl();
  let run = 0, shown = PAGE, current = null;
  input.value = state.q;

  async function show(typing) {
    const mine = ++run;
    if (!state.q.trim()) {
      results.replaceChildren(); filters.replaceChildren(); status.textContent = ''; more.hidden = true;
      filterBox.hidden = true;
      return;
    }
    const gs = await groups(state.q, typing);
    const { matched, approximate } = await score(gs, false);
    if (mine !== run) return;
    const phrases = phrasesOf(state.q);
    const list = capped(matched.filter(d => passes(d.p, state, null)));
    const wanted = new Set(gs.flatMap(g => g.alts.map(a => a[0])));
    const wantedCount = Math.min(list.length, phrases.length ? Math.max(shown * 3, 30) : shown);
    let docs = await documents(list.slice(0, wantedCount).map(d => d.doc));
    if (mine !== run) return;
    if (phrases.length) docs = docs.filter(d => hasPhrases(d, phrases));
    // a query that is a reference number means that request, before the answers that cite it
    const asReference = words(state.q).join('.');
    const own = docs.findIndex(d => d.k === 1 && d.r && words(d.r).join('.') === asReference);
    if (own > 0) docs.unshift(...docs.splice(own, 1));
    const total = phrases.length ? docs.length : list.length;
    filterBox.hidden = false;
    renderFilters(filters, matched, state, approximate, (facet, value, on) => {
      state[facet] = on ? [...state[facet], value] : state[facet].filter(v => v !== value);
      history.pushState(null, '', urlOf(state));
      shown = PAGE; show(false);
    });
    results.replaceChildren(el('ol', { class: 'govuk-list foikb-results' }, ...docs.slice(0, shown).map(d => resultItem(d, wanted))));
    performance.mark('foikb-results');
    status.textContent = total === 0 ? `No results for “${state.q}”.`
      : `${approximate && !phrases.length ? 'About ' : ''}${total} result${total === 1 ? '' : 's'} for “${state.q}”` +
        (FACETS.some(f => state[f].length) ? ', filtered' : '') + '.';
    // more to show when the results found, not the documents fetched for this page, run past it
    more.hidden = total <= shown;
    current = gs;
  }

  let timer;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      state.q = input.value;
      history.replaceState(null, '', urlOf(state));
      shown = PAGE; show(!/\s$/.test(input.value));
    }, 60);
  });
  form.addEventListener('submit', e => {
    e.preventDefault();
    clearTimeout(timer);
    state.q = input.value;
    for (const f of FACETS) state[f] = [];
    history.pushState(null, '', urlOf(state));
    shown = PAGE; show(false);
  });
  more.addEventListener('click', () => { shown += PAGE; show(false); });
  window.addEventListener('popstate', () => {
    state = stateFromUrl(); input.value = state.q; shown = PAGE; show(false);
  });
  await show(false);
  return current;
}

if (app) {
  document.getElementById('search-no-js').hidden = true;
  app.hidden = false;
  load('meta.json').then(m => {
    meta = m;
    // the ask page's code is its own module, fetched only there
    return document.getElementById('ask-results') ? import('./ask.js').then(a => a.initAsk()) : initSearch();
  }).catch(e => {
    document.getElementById('search-status').textContent = 'Search is not available just now (' + e.message + '). Try browsing instead.';
    document.getElementById('search-no-js').hidden = false;
  });
}
