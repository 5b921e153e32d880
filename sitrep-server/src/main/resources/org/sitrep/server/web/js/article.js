// The article page: the text with every extracted span highlighted; ?hl=start-end marks and focuses
// the evidence a link came from.
import {h, put, clear, getJson, showError, param, day, dateText, basisText, articleHref, externalLink, incidentHref,
  markNav} from './common.js';

const root = document.getElementById('article');
const KINDS = {figure: 'casualty figure', place: 'place', date: 'date', fact: 'other fact'};

/** Non-overlapping spans inside [from, to), the requested evidence first so that it always shows. */
function layout(annotations, hl, from, to) {
  const wanted = [];
  if (hl) wanted.push({...hl, kind: hl.kind || 'fact', label: hl.label || 'evidence', value: '', current: true});
  wanted.push(...annotations);
  const taken = [];
  for (const a of wanted) {
    const start = Math.max(a.start, from), end = Math.min(a.end, to);
    if (end <= start) continue;
    if (taken.some(t => start < t.end && end > t.start)) continue;
    taken.push({...a, start, end});
  }
  return taken.sort((a, b) => a.start - b.start);
}

function segments(el, text, from, to, spans) {
  let at = from;
  for (const a of spans) {
    if (a.start > at) el.append(document.createTextNode(text.slice(at, a.start)));
    const title = a.current ? 'evidence' + (a.label && a.label !== 'evidence' ? ': ' + a.label : '') : a.label + (a.value ? ': ' + a.value : '');
    el.append(h('mark', {class: `ann ann-${a.kind}${a.current ? ' hl-current' : ''}`, title, tabindex: a.current ? '-1' : '0',
      'data-start': a.start, 'data-end': a.end, id: a.current ? 'evidence' : null}, text.slice(a.start, a.end)));
    at = a.end;
  }
  if (at < to) el.append(document.createTextNode(text.slice(at, to)));
  return el;
}

// The incident date this article gives, at its precision, with how it was picked; a stated date links to its span.
function incidentDate(a) {
  const d = a.incidentDate;
  if (!d) return null;
  const basis = basisText(d.basis, d.date, a.published);
  const text = dateText(d.date, d.precision);
  return h('span', {id: 'article-date'}, 'incident date ',
    d.basis === 'named' && d.evidence ? h('a', {href: articleHref(a.id, d.evidence)}, h('b', {}, text)) : h('b', {}, text),
    basis ? [' · ', h('span', {class: `basis basis-${d.basis}`, id: 'date-basis', title: basis.note}, basis.text)] : null);
}

// Why an inferred date is what it is (a stated one is highlighted in the text instead).
function dateNote(a) {
  const d = a.incidentDate;
  const basis = d && d.basis !== 'named' ? basisText(d.basis, d.date, a.published) : null;
  return basis ? h('p', {class: 'date-evidence', id: 'date-note'}, basis.note) : null;
}

function parseHl(v, length) {
  const m = /^(\d+)-(\d+)$/.exec(v || '');
  if (!m) return null;
  const start = Number(m[1]), end = Number(m[2]);
  return end > start && start < length ? {start, end: Math.min(end, length)} : null;
}

async function render() {
  const id = param('id');
  if (!id) {
    showError(root, new Error('No article id given.'));
    return;
  }
  let a;
  try {
    a = await getJson('/api/articles/' + encodeURIComponent(id));
  } catch (e) {
    showError(root, e);
    return;
  }
  document.title = (a.title || a.id) + ' · sitrep';
  const text = a.text;
  let hl = parseHl(param('hl'), text.length);
  if (hl) {
    const match = a.annotations.find(n => n.start === hl.start && n.end === hl.end);
    if (match) hl = {...match};
  }
  const titleEnd = a.title ? a.title.length : 0;
  const counts = {};
  a.annotations.forEach(n => { counts[n.kind] = (counts[n.kind] || 0) + 1; });
  const title = segments(h('h1', {class: 'article-title', id: 'title'}), text, 0, titleEnd, layout(a.annotations, hl, 0, titleEnd));
  if (!a.title) title.textContent = a.id;
  const body = segments(h('div', {class: 'article-text', id: 'text'}), text, a.bodyStart, text.length,
    layout(a.annotations, hl, a.bodyStart, text.length));
  put(clear(root),
    h('p', {class: 'sub'}, a.incidentId ? h('a', {href: incidentHref(a.incidentId)}, '← Incident') : h('a', {href: '/'}, '← All incidents')),
    title,
    h('div', {class: 'meta'},
      h('span', {}, h('b', {}, a.outlet || 'unknown outlet')),
      h('span', {}, 'published ' + day(a.published)),
      h('span', {}, 'language: ' + a.lang),
      incidentDate(a),
      a.duplicateKind ? h('span', {class: 'badge copy'}, a.duplicateKind + ' copy') : null,
      externalLink(a.url, 'original article ↗')),
    dateNote(a),
    h('div', {class: 'ann-legend', 'aria-label': 'Highlighted spans'}, Object.entries(KINDS).filter(([k]) => counts[k])
      .map(([k, label]) => h('mark', {class: `ann ann-${k}`}, `${label} (${counts[k]})`))),
    h('section', {class: 'panel'}, body));
  root.removeAttribute('aria-busy');
  const current = document.getElementById('evidence');
  if (current) {
    current.scrollIntoView({block: 'center'});
    current.focus({preventScroll: true});
  }
}

markNav();
const live = document.getElementById('live');
if (live) live.hidden = true;
render().catch(e => showError(root, e));
