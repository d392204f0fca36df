// The /ask/ page: a pasted draft request cut into questions, each with the earlier questions most
// like it. It shares search.js's index code and is fetched only by the ask page.
import { terms, fold, term, shorthand, documents, meta, resolve, score, requestOf, resultItem, el } from './search.js';


/** A draft request cut into questions: numbered lines, else sentences ending in '?', else all. */
export function splitQuestions(text) {
  const lines = text.split(/\r?\n/).map(l => l.trim()).filter(Boolean);
  const numbered = /^(?:\(?\d{1,2}[.):]|q\d{1,2}[.):]?|[-*•])\s*/i;
  if (lines.filter(l => numbered.test(l)).length >= 2) {
    const out = [];
    for (const l of lines) {
      if (numbered.test(l)) out.push(l.replace(numbered, ''));
      else if (out.length) out[out.length - 1] += ' ' + l;
    }
    return out.filter(q => terms(q).length > 0);
  }
  const sentences = text.replace(/\s+/g, ' ').match(/[^?.!]*\?/g);
  const asked = (sentences || []).map(s => s.trim()).filter(s => terms(s).length > 0);
  return asked.length ? asked : [text.replace(/\s+/g, ' ').trim()].filter(s => terms(s).length > 0);
}

/** A draft question's groups: one per distinct term, with the first word that gave it, for typos. */
function draftGroups(q) {
  const seen = new Map();
  const folded = fold(q);
  for (const w of folded.match(/[a-z0-9]+/g) || []) {
    const t = term(w);
    if (t !== null && !seen.has(t)) seen.set(t, w);
  }
  for (const [, ids] of shorthand(folded)) for (const one of ids) for (const t of one) if (!seen.has(t)) seen.set(t, t);
  return [...seen].map(([t, word]) => ({ word, alts: [[t, 1]] }));
}

// how many of the best-scoring questions may be read again for the words of their own question
const ASK_POOL = 10;
const ASK_SHOWN = 3;

/**
 * The questions to list for a draft question, best first. A question's score counts its request's
 * title and summary, which its sibling questions share, and its answer, which may use the words of
 * another question; so the best few are read again, and a share of the draft's weight found in the
 * question's own words raises it, putting the question the draft rewords above its siblings.
 */
async function askedFirst(gs, top) {
  const docs = await documents(top.map(d => d.doc));
  const idf = gs.map(g => g.entries.reduce((m, e, i) => e ? Math.max(m, g.alts[i][1] * Math.log(1 + (meta.n - e[0] + 0.5) / (e[0] + 0.5))) : m, 0));
  const whole = idf.reduce((a, b) => a + b, 0) || 1;
  const ranked = top.map((d, i) => {
    const own = new Set(terms(docs[i].q || ''));
    let found = 0;
    gs.forEach((g, gi) => { if (g.alts.some(([a]) => own.has(a))) found += idf[gi]; });
    return { doc: docs[i], rank: d.rank * (1 + found / whole), at: i };
  });
  ranked.sort((a, b) => b.rank - a.rank || a.at - b.at);
  return ranked.slice(0, ASK_SHOWN).map(r => r.doc);
}

export async function initAsk() {
  const form = document.getElementById('ask-form');
  const area = document.getElementById('ask-q');
  const status = document.getElementById('search-status');
  const results = document.getElementById('ask-results');
  area.value = new URLSearchParams(location.search).get('q') || '';

  async function show() {
    const questions = splitQuestions(area.value);
    results.replaceChildren();
    status.textContent = questions.length ? `Your draft has ${questions.length} question${questions.length === 1 ? '' : 's'}.` : '';
    const found = await Promise.all(questions.map(async q => {
      const gs = await resolve(draftGroups(q));
      // a draft question is long and reworded: rank by score, damped for words not matched,
      // rather than keeping only the questions that match the most words
      const { all, damped } = await score(gs, true);
      const top = all.map(d => ({ doc: d.doc, p: d.p, rank: damped(d) })).sort((a, b) => b.rank - a.rank || a.doc - b.doc);
      // the best three and their requests' other questions among the best few: a request's
      // questions are neighbours in the result chunks, so reading them costs little
      const requests = new Set(top.slice(0, ASK_SHOWN).map(requestOf));
      const pool = top.slice(0, ASK_POOL).filter((d, i) => i < ASK_SHOWN || requests.has(requestOf(d)));
      return { q, gs, docs: await askedFirst(gs, pool) };
    }));
    found.forEach(({ q, gs, docs }, i) => {
      const wanted = new Set(gs.flatMap(g => g.alts.map(a => a[0])));
      const items = docs.map(doc => {
        const item = resultItem(doc, wanted);
        if (doc.p) {
          item.append(el('p', { class: 'govuk-body-s', text: 'Already published:' }),
            el('ul', { class: 'govuk-list' }, ...doc.p.map(([title, url]) => el('li', {}, el('a', { class: 'govuk-link', href: url, text: title })))));
        }
        return item;
      });
      results.append(el('section', { class: 'foikb-ask' },
        el('h2', { class: 'govuk-heading-m', text: `Your question ${i + 1}` }),
        el('p', { class: 'govuk-body foikb-ask__question', text: q }),
        items.length ? el('ol', { class: 'govuk-list foikb-results' }, ...items)
          : el('p', { class: 'govuk-body', text: 'No earlier question matches this one.' })));
    });
  }

  form.addEventListener('submit', e => {
    e.preventDefault();
    history.pushState(null, '', location.pathname + '?' + new URLSearchParams({ q: area.value }));
    show();
  });
  window.addEventListener('popstate', () => { area.value = new URLSearchParams(location.search).get('q') || ''; show(); });
  if (area.value.trim()) await show();
}

