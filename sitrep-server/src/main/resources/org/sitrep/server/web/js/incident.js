// The incident page: headline, date with its basis and evidence, place with its other names, best figures, cited
// summary, timeline, map (a town without coordinates at its region's centre, marked approximate), facts with evidence,
// claims side by side (a repeated statement once, with its sources) and the member articles grouped into independent
// sources.
import {h, put, clear, getJson, showError, param, num, day, dateText, basisText, placeText, typeText, figureText,
  articleHref, externalLink, markNav, incidentHref} from './common.js';
import {drawTimeline} from './chart.js';
import {drawMap} from './map.js';
import {connectLive} from './live.js';

const root = document.getElementById('incident');
const id = param('id');

function members(d) {
  return new Map(d.groups.flatMap(g => g.members).map(m => [m.id, m]));
}

function sourceText(m, articleId) {
  return m ? [m.outlet || 'unknown outlet', m.title, m.published ? day(m.published) : null].filter(Boolean).join(' · ')
    : articleId;
}

// The decided date at its precision, how it was picked, and the sentence or article it came from.
function dateLine(d, byId) {
  if (!d.date) return h('span', {id: 'date'}, h('b', {}, 'date unknown'));
  const ev = d.dateEvidence;
  const from = ev ? byId.get(ev.articleId) : null;
  const basis = basisText(d.dateBasis, d.date, from ? from.published : null, true);
  return h('span', {id: 'date'}, h('b', {}, dateText(d.date, d.datePrecision)),
    basis ? [' · ', h('span', {class: `basis basis-${d.dateBasis}`, id: 'date-basis', title: basis.note}, basis.text)] : null);
}

function dateEvidence(d, byId) {
  const ev = d.dateEvidence;
  if (!d.date || !ev) return null;
  const from = byId.get(ev.articleId);
  if (d.dateBasis === 'named' || !d.dateBasis) {
    return h('p', {class: 'date-evidence', id: 'date-evidence'}, 'Date from ',
      h('a', {href: articleHref(ev.articleId, ev)}, '“' + (ev.sentence || 'the evidence') + '”'),
      h('span', {class: 'sub'}, ' — ' + sourceText(from, ev.articleId)));
  }
  // an inferred date has no span that names it: point at the article whose publication day was used
  const basis = basisText(d.dateBasis, d.date, from ? from.published : null, true);
  return h('p', {class: 'date-evidence', id: 'date-evidence'}, basis ? basis.note + ' ' : '', 'Dated by ',
    h('a', {href: articleHref(ev.articleId)}, from && from.title ? from.title : ev.articleId),
    h('span', {class: 'sub'}, from ? ' — ' + [from.outlet || 'unknown outlet', from.published ? 'published ' + day(from.published) : null]
      .filter(Boolean).join(' · ') : ''));
}

// Other names the articles give the place ("also called Kiev, Kyiv").
function placeAliases(d) {
  const names = d.placeAliases || [];
  if (!names.length) return null;
  return h('span', {class: 'sub', id: 'place-aliases', title: 'other names the reports give this place'},
    ' (also called ' + names.join(', ') + ')');
}

// A place drawn at its region's centre says so under the map.
function approximate(d) {
  if (!d.place || d.place.approximate !== 'region') return null;
  return h('p', {class: 'approximate', id: 'place-approximate'}, h('span', {class: 'badge approx'}, 'approximate: region'),
    ` ${d.place.name} has no coordinates of its own; the marker shows the centre of ${d.place.admin1 || 'its region'}.`);
}

function cards(d) {
  const kinds = Object.keys(d.best);
  if (!kinds.length) return h('p', {class: 'muted'}, 'No casualty figures reported.');
  return h('div', {class: 'cards', id: 'figures'}, kinds.map(k => {
    const f = d.best[k];
    const disputed = d.disputed.includes(k);
    const values = d.history.filter(x => x.kind === k).map(x => x.value);
    const lo = Math.min(...values), hi = Math.max(...values);
    return h('div', {class: `card ${k}`},
      h('div', {class: 'label'}, k, disputed ? [' ', h('span', {class: 'badge disputed', title: 'independent sources report different figures for the same day'}, 'disputed')] : null),
      h('div', {class: 'value'}, figureText(f)),
      h('div', {class: 'by'}, f.reportedBy ? 'according to ' + f.reportedBy : 'source not named',
        f.asOf ? ' · ' + day(f.asOf) : '', ' · ', h('a', {href: articleHref(f.evidence.articleId, f.evidence)}, 'evidence')),
      disputed && values.length > 1 && lo !== hi ? h('div', {class: 'by range'}, `reports range from ${num(lo)} to ${num(hi)}`) : null);
  }));
}

// The reconciler's cited summary: two or three sentences, each linked to its source and span.
function summary(d, byId) {
  const sentences = d.facts.filter(f => f.kind === 'summary');
  if (!sentences.length) return null;
  const source = f => sourceText(byId.get(f.evidence.articleId), f.evidence.articleId);
  return h('section', {class: 'panel', 'aria-labelledby': 't-summary'}, h('h2', {id: 't-summary'}, 'Summary'),
    h('p', {class: 'summary', id: 'summary'}, sentences.flatMap((f, k) => [f.value, ' ',
      h('a', {href: articleHref(f.evidence.articleId, f.evidence), class: 'cite', 'aria-label': `source ${k + 1}: ${source(f)}`},
        `[${k + 1}]`), ' '])),
    h('ol', {class: 'sources sub', id: 'summary-sources'}, sentences.map(f =>
      h('li', {}, h('a', {href: articleHref(f.evidence.articleId, f.evidence)}, source(f))))));
}

const FACT_ORDER = ['event_type', 'time_of_day', 'perpetrator', 'weapon', 'target', 'person'];
function factRank(f) {
  const i = FACT_ORDER.indexOf(f.kind);
  return i < 0 ? FACT_ORDER.length : i;
}

// Facts grouped by kind (stable: the reconciler's order within a kind), each with its evidence sentence.
function factsTable(facts) {
  const shown = facts.filter(f => f.kind !== 'claim' && f.kind !== 'reference' && f.kind !== 'summary')
    .sort((a, b) => factRank(a) - factRank(b));
  if (!shown.length) return h('p', {class: 'muted'}, 'No other facts extracted.');
  return h('table', {id: 'facts'},
    h('thead', {}, h('tr', {}, h('th', {scope: 'col'}, 'Fact'), h('th', {scope: 'col'}, 'Value'), h('th', {scope: 'col'}, 'Evidence'))),
    h('tbody', {}, shown.map(f => h('tr', {},
      h('td', {class: 'kind'}, f.kind.replaceAll('_', ' ')),
      h('td', {}, f.kind === 'event_type' ? typeText(f.value) : f.value, f.attributedTo ? h('div', {class: 'sub'}, 'according to ' + f.attributedTo) : null),
      h('td', {class: 'evidence'}, h('a', {href: articleHref(f.evidence.articleId, f.evidence)}, '“' + (f.evidence.sentence || f.value) + '”'))))));
}

const STANCES = [['responsibility', 'Claimed responsibility'], ['accusation', 'Accusations'], ['denial', 'Denials']];

// The other articles that repeat a merged claim, each linked to its own evidence span.
function repeats(c, byId) {
  const more = c.corroboration || [];
  if (!more.length) return null;
  return h('details', {class: 'repeats'}, h('summary', {}, `also in ${more.length} more report${more.length === 1 ? '' : 's'}`),
    h('ul', {}, more.map(e => h('li', {}, h('a', {href: articleHref(e.articleId, e)}, sourceText(byId.get(e.articleId), e.articleId))))));
}

// Who says who did it, one column per stance side by side; other statements after them, folded when many. A statement
// repeated by copies and updates is one claim with its source count.
function claims(d, byId) {
  if (!d.claims.length) return h('p', {class: 'muted'}, 'No claims or denials reported.');
  const card = c => h('div', {class: `claim ${c.role || ''}`},
    h('div', {class: 'who'}, c.attributedTo || 'unattributed'),
    c.role ? h('span', {class: 'badge'}, c.role) : null,
    c.sourceCount > 1 ? [' ', h('span', {class: 'badge sources', title: 'the same statement in several articles'},
      `${c.sourceCount} sources`)] : null,
    h('blockquote', {}, c.value),
    h('div', {class: 'evidence'}, h('a', {href: articleHref(c.evidence.articleId, c.evidence)}, '“' + (c.evidence.sentence || c.value) + '”')),
    repeats(c, byId));
  const stances = STANCES.map(([role, title]) => [role, title, d.claims.filter(c => c.role === role)]).filter(s => s[2].length);
  const other = d.claims.filter(c => !STANCES.some(([role]) => role === c.role));
  const rest = other.length ? h('div', {class: 'claims'}, other.map(card)) : null;
  return h('div', {id: 'claims'},
    stances.length ? h('div', {class: 'stances'}, stances.map(([role, title, cs]) =>
      h('div', {class: `stance stance-${role}`}, h('h3', {}, `${title} (${cs.length})`), cs.map(card)))) : null,
    rest && stances.length ? h('details', {class: 'statements', open: other.length <= 6},
      h('summary', {}, `Other statements (${other.length})`), rest) : rest);
}

function groups(d) {
  let n = 0;
  return h('div', {id: 'groups'}, d.groups.map(g => {
    // boilerplate: page chrome recurring under other titles, which the source count leaves out
    const chrome = g.members.some(m => m.duplicateKind === 'boilerplate');
    const label = chrome ? 'Boilerplate (not counted as a source)' : `Independent source ${++n}`;
    return h('section', {class: 'group', 'aria-label': chrome ? 'Boilerplate' : `Source ${n}`},
    h('div', {class: 'ghead'}, label, g.members.length > 1 ? ` · ${g.members.length} copies` : ''),
    h('ul', {}, g.members.map(m => h('li', {},
      h('a', {href: articleHref(m.id)}, m.title || m.id), ' ',
      m.duplicateKind ? h('span', {class: 'badge copy', title: m.copyOf ? 'copy of ' + m.copyOf : null}, m.duplicateKind + ' copy') : null,
      h('div', {class: 'sub'}, [m.outlet || 'unknown outlet', day(m.published)].join(' · '), ' ',
        externalLink(m.url, 'original ↗'))))));
  }));
}

function references(d) {
  if (!d.references.length) return null;
  return h('section', {class: 'panel'}, h('h2', {}, 'References'),
    h('ul', {}, d.references.map(r => h('li', {},
      r.linkedIncident ? h('a', {href: incidentHref(r.linkedIncident), class: 'reference-link'}, r.value) : r.value,
      r.linkedIncident ? null : h('span', {class: 'sub'}, ' (not in the store)'), ' ',
      h('a', {href: articleHref(r.evidence.articleId, r.evidence), class: 'sub'}, 'evidence')))));
}

const REASONS = {day_gap: 'dates too far apart', place_mismatch: 'different places', link_scores: 'reports too different',
  protagonists: 'reports about different people'};

// Merges and splits recorded for this incident's id; links go to the incident each related id leads to now.
function history(d) {
  const hist = d.incidentHistory;
  if (!hist) return null;
  const other = e => {
    if (!e.current || e.current === d.id) return h('span', {class: 'incident-id'}, e.incident);
    return h('a', {href: incidentHref(e.current), class: 'history-link'}, e.incident,
      e.current !== e.incident ? ` (now ${e.current})` : '');
  };
  const cause = e => e.articleId ? h('a', {href: articleHref(e.articleId)}, e.articleTitle || e.articleId) : null;
  const when = e => h('span', {class: 'sub'}, ' · ' + day(e.at ? e.at.slice(0, 10) : null));
  const moved = e => `${e.moved.length} article${e.moved.length === 1 ? '' : 's'}`;
  const why = e => e.reasons.length ? ` (${e.reasons.map(r => REASONS[r] || r).join(', ')})` : '';
  const items = [
    ...hist.mergedFrom.map(e => h('li', {class: 'merged-from'}, 'Merged in ', other(e), ` with ${moved(e)}, bridged by `, cause(e), when(e))),
    ...hist.mergedInto.map(e => h('li', {class: 'merged-into'}, 'Merged into ', other(e), ', bridged by ', cause(e), when(e))),
    ...hist.splitFrom.map(e => h('li', {class: 'split-from'}, 'Split off ', other(e), ` with ${moved(e)}${why(e)} when `, cause(e), ' arrived', when(e))),
    ...hist.splitInto.map(e => h('li', {class: 'split-into'}, `${moved(e)} split off into `, other(e), why(e), ' when ', cause(e), ' arrived', when(e)))];
  if (!items.length) return null;
  return h('section', {class: 'panel', 'aria-labelledby': 't-history'}, h('h2', {id: 't-history'}, 'History'),
    h('ul', {id: 'history'}, items));
}

async function render() {
  if (!id) {
    showError(root, new Error('No incident id given.'));
    return;
  }
  let d;
  try {
    d = await getJson('/api/incidents/' + encodeURIComponent(id));
  } catch (e) {
    showError(root, e);
    return;
  }
  document.title = (d.headline || d.id) + ' · sitrep';
  const byId = members(d);
  const chart = h('div', {class: 'chart', id: 'chart'});
  const map = h('div', {class: 'map', id: 'map'});
  put(clear(root),
    h('p', {class: 'sub'}, h('a', {href: '/'}, '← All incidents'), ' · ',
      h('a', {href: '/api/incidents/' + encodeURIComponent(d.id), download: d.id + '.json', id: 'export-json'}, 'Download JSON')),
    h('h1', {id: 'headline'}, d.headline || d.id),
    h('div', {class: 'meta'},
      dateLine(d, byId),
      h('span', {}, h('b', {}, placeText(d.place)), placeAliases(d)),
      h('span', {}, typeText(d.eventType)),
      h('span', {}, `${d.articleCount} article${d.articleCount === 1 ? '' : 's'} from `, h('b', {}, String(d.independentSources)),
        ` independent source${d.independentSources === 1 ? '' : 's'}`)),
    dateEvidence(d, byId),
    cards(d),
    summary(d, byId),
    h('div', {class: 'grid2'},
      h('section', {class: 'panel', 'aria-labelledby': 't-chart'}, h('h2', {id: 't-chart'}, 'Figures as reported over time'), chart),
      h('section', {class: 'panel', 'aria-labelledby': 't-map'}, h('h2', {id: 't-map'}, 'Location'), map, approximate(d))),
    h('section', {class: 'panel', 'aria-labelledby': 't-claims'}, h('h2', {id: 't-claims'}, 'Claims and denials'), claims(d, byId)),
    h('div', {class: 'grid2'},
      h('section', {class: 'panel', 'aria-labelledby': 't-facts'}, h('h2', {id: 't-facts'}, 'Facts and evidence'), factsTable(d.facts)),
      h('section', {class: 'panel', 'aria-labelledby': 't-groups'}, h('h2', {id: 't-groups'}, 'Reports'), groups(d))),
    references(d),
    history(d));
  root.removeAttribute('aria-busy');
  drawTimeline(chart, d.history);
  drawMap(map, [{id: d.id, headline: d.headline, place: d.place, killed: d.best.killed ? d.best.killed.value : 0}],
    {minSpan: 16, label: 'Location of the incident'});
}

markNav();
render().catch(e => showError(root, e));
connectLive(s => { if (s.id === id) render(); });
