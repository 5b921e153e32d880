// The first page: incidents newest first (or in the chosen order), filters in the URL, a map, and live updates.
import {h, clear, getJson, showError, num, dateText, basisText, placeText, typeText, incidentHref, markNav} from './common.js';
import {drawMap} from './map.js';
import {connectLive} from './live.js';

const FIELDS = ['q', 'from', 'to', 'type', 'place', 'min_killed', 'sort'];
const form = document.getElementById('filters');
const list = document.getElementById('list');
const count = document.getElementById('count');
const more = document.getElementById('more');
const notice = document.getElementById('notice');
const mapBox = document.getElementById('map');
const title = document.getElementById('list-title');
let shown = [];
let cursor = null;

function filters() {
  const p = new URLSearchParams();
  for (const f of FIELDS) {
    const v = form.elements[f].value.trim();
    if (v) p.set(f, v);
  }
  return p;
}

function fromUrl() {
  const p = new URLSearchParams(location.search);
  for (const f of FIELDS) form.elements[f].value = p.get(f) || '';
}

// A date no report states is marked, its basis in the tooltip.
function inferred(i) {
  if (!i.date || !i.dateBasis || i.dateBasis === 'named') return null;
  const basis = basisText(i.dateBasis, i.date, null, true);
  return h('div', {class: 'sub inferred', title: basis ? basis.note : null}, 'inferred');
}

function row(i, fresh) {
  const badges = [];
  if (i.disputed && i.disputed.length) badges.push(h('span', {class: 'badge disputed', title: 'sources disagree on ' + i.disputed.join(', ')}, 'disputed'));
  return h('tr', {class: fresh ? 'fresh' : null, 'data-id': i.id},
    h('td', {class: 'date'}, dateText(i.date, i.datePrecision), inferred(i)),
    h('td', {},
      h('a', {class: 'incident-link', href: incidentHref(i.id)}, i.headline || i.id), ' ', badges,
      h('div', {class: 'sub'}, placeText(i.place), ' · ', typeText(i.eventType))),
    h('td', {class: 'num'}, num(i.killed)),
    h('td', {class: 'num hide-narrow'}, num(i.injured)),
    h('td', {class: 'num hide-narrow', title: `${i.articleCount} articles`}, num(i.independentSources)));
}

/** The chosen order in words, for the heading and the table caption. */
function orderText() {
  const sel = form.elements.sort;
  return sel.value ? sel.options[sel.selectedIndex].text.toLowerCase() : 'newest first';
}

function renderTable() {
  if (!shown.length) {
    clear(list).append(h('p', {class: 'muted'}, 'No incidents match these filters.'));
    return;
  }
  const table = h('table', {id: 'incidents'},
    h('caption', {class: 'sr-only'}, 'Incidents, ' + orderText()),
    h('thead', {}, h('tr', {},
      h('th', {scope: 'col'}, 'Date'), h('th', {scope: 'col'}, 'Incident'), h('th', {scope: 'col', class: 'num'}, 'Killed'),
      h('th', {scope: 'col', class: 'num hide-narrow'}, 'Injured'), h('th', {scope: 'col', class: 'num hide-narrow'}, 'Sources'))),
    h('tbody', {}, shown.map(i => row(i, i._fresh))));
  clear(list).append(table);
}

function renderCount() {
  clear(count).append(h('span', {}, `${shown.length} incident${shown.length === 1 ? '' : 's'} shown${cursor ? ' (more available)' : ''}`));
}

async function load(append) {
  const p = filters();
  p.set('limit', '50');
  if (append && cursor) p.set('cursor', cursor);
  title.textContent = 'Incidents, ' + orderText();
  list.setAttribute('aria-busy', 'true');
  try {
    const page = await getJson('/api/incidents?' + p.toString());
    shown = append ? shown.concat(page.items) : page.items;
    cursor = page.next_cursor;
    more.hidden = !cursor;
    renderTable();
    renderCount();
    drawMap(mapBox, shown, {label: 'Map of the incidents listed'});
  } catch (e) {
    showError(list, e);
    clear(count);
    more.hidden = true;
  } finally {
    list.removeAttribute('aria-busy');
  }
  for (const a of document.querySelectorAll('footer a[id^=export-]')) {
    const q = filters();
    q.set('format', a.id.slice('export-'.length));
    a.setAttribute('href', '/api/export?' + q.toString());
  }
}

function live(summary) {
  const at = shown.findIndex(i => i.id === summary.id);
  if (at >= 0) {
    shown[at] = {...summary, _fresh: true};
  } else if (filters().toString() === '') {
    shown.unshift({...summary, _fresh: true});
  } else {
    clear(notice).append(h('div', {class: 'notice', role: 'status'},
      h('span', {}, 'New incidents have arrived.'),
      h('button', {type: 'button', class: 'secondary', id: 'refresh'}, 'Refresh')));
    document.getElementById('refresh').addEventListener('click', () => { clear(notice); load(false); });
    return;
  }
  renderTable();
  renderCount();
  drawMap(mapBox, shown, {label: 'Map of the incidents listed'});
  shown.forEach(i => delete i._fresh);
}

form.addEventListener('submit', ev => {
  ev.preventDefault();
  const p = filters();
  history.replaceState(null, '', p.toString() ? '?' + p.toString() : location.pathname);
  load(false);
});
form.addEventListener('reset', () => {
  setTimeout(() => {
    history.replaceState(null, '', location.pathname);
    load(false);
  }, 0);
});
more.addEventListener('click', () => load(true));

markNav();
fromUrl();
load(false);
connectLive(live);
