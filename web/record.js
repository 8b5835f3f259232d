// The record panel: one event with everything behind it — type, actors, place
// and date with their precision, fatalities and counts, every claim (who
// asserts or denies it), and the evidence sentence highlighted in its
// document's text, with links to the source. All stored text goes in as text
// nodes; right-to-left documents get dir="rtl".
import { GEO_PRECISION, TIME_PRECISION, direction, el, safeHttpUrl, splitByBytes } from './format.js';

function actorText(a) { return a ? a.name : 'unidentified'; }

function field(dl, label, value) {
  dl.append(el('dt', label), el('dd', value));
}

function describeDate(e) {
  if (!e.date) return 'undated';
  const range = e.date_end && e.date_end !== e.date ? `${e.date} – ${e.date_end}` : e.date;
  return `${range} (${TIME_PRECISION[e.time_precision] || 'precision unknown'})`;
}

function describePlace(p) {
  if (!p) return 'unknown';
  const where = [p.name, p.admin1, p.country].filter(Boolean).join(', ');
  return `${where} (${GEO_PRECISION[p.geo_precision] || 'precision unknown'})`;
}

function claimsList(e) {
  const list = el('ul', null, { class: 'claims' });
  for (const c of e.claims || []) {
    const li = el('li', `${c.source.name || 'unnamed source'} ${c.stance}${c.cue ? ` (“${c.cue}”)` : ''}`);
    li.classList.add(c.stance === 'denies' ? 'denies' : 'asserts');
    list.append(li);
  }
  if (!list.children.length) list.append(el('li', 'the report states it (no attributed source)'));
  return list;
}

function countsText(e) {
  if (!e.counts || !e.counts.length) return 'none';
  return e.counts.map((c) => `${c.text || c.value} ${c.what}${c.claimed_by ? ` — ${c.claimed_by}` : ''}`).join('; ');
}

// Returns the document's text with the evidence [start, end) marked.
function documentText(doc, evidence) {
  const box = el('div', null, { class: 'doc-text', lang: doc.lang || '', dir: direction(doc.lang) });
  const [before, hit, after] = splitByBytes(doc.text, evidence.start, evidence.end);
  box.append(document.createTextNode(before), el('mark', hit), document.createTextNode(after));
  return box;
}

export function renderRecord(container, event, doc) {
  container.replaceChildren();
  container.append(el('h2', `${event.event_type} — ${event.sub_event_type || 'sub-type unknown'}`));
  const dl = el('dl');
  field(dl, 'Actor 1', actorText(event.actor1));
  field(dl, 'Actor 2', actorText(event.actor2));
  field(dl, 'Place', describePlace(event.place));
  field(dl, 'Date', describeDate(event));
  field(dl, 'Fatalities', event.fatalities === null || event.fatalities === undefined ? 'not reported' : event.fatalities);
  field(dl, 'Counts', countsText(event));
  if (event.negated) field(dl, 'Negated', 'the report says it did not happen');
  container.append(dl, el('h3', 'Claims'), claimsList(event));
  container.append(el('h3', 'Evidence'), el('p', event.evidence.sentence, { class: 'evidence', dir: direction(event.lang) }));
  const meta = doc.document;
  const source = el('p', null, { class: 'source' });
  source.append(el('bdi', meta.title || meta.id, { dir: direction(meta.lang) }), `${meta.published ? `, ${meta.published}` : ''} `);
  const href = safeHttpUrl(meta.url);
  if (href) source.append(el('a', 'source article', { href, target: '_blank', rel: 'noopener noreferrer' }), ' · ');
  source.append(el('a', 'stored document (JSON)', { href: meta.link }));
  container.append(el('h3', 'Document'), source, documentText(meta, event.evidence));
  container.querySelector('mark')?.scrollIntoView({ block: 'nearest' });
}
