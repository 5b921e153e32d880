// Shared helpers of the sitrep pages. Everything that comes from articles is put into the DOM as
// text (textContent / text nodes / setAttribute on inert attributes), never parsed as HTML.

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Creates an element: h('a', {href: '/x', class: 'y'}, 'text', child). Strings become text nodes. */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  return fill(el, attrs, children);
}

/** Same for SVG elements. */
export function s(tag, attrs, ...children) {
  const el = document.createElementNS(SVG_NS, tag);
  return fill(el, attrs, children);
}

function fill(el, attrs, children) {
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on')) throw new Error('use addEventListener, not ' + k);
    if (k === 'href' && !isSafeHref(String(v))) continue;
    el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

/** Same-origin relative links and absolute http(s) URLs only: no javascript:, data: or others. */
export function isSafeHref(url) {
  if (url.startsWith('/') && !url.startsWith('//')) return true;
  if (url.startsWith('#') || url.startsWith('?')) return true;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch (e) {
    return false;
  }
}

/** An external link to an article's original URL, or plain text when the URL is not http(s). */
export function externalLink(url, label) {
  if (!url || !/^https?:\/\//i.test(url) || !isSafeHref(url)) return null;
  return h('a', {href: url, rel: 'noopener noreferrer nofollow', target: '_blank', class: 'external'}, label);
}

/** Fetches JSON; throws an Error carrying the problem's detail on failure. */
export async function getJson(url) {
  const r = await fetch(url, {headers: {Accept: 'application/json'}});
  const body = await r.json().catch(() => null);
  if (!r.ok) {
    const detail = body && body.detail ? body.detail : r.status + ' ' + r.statusText;
    const err = new Error(detail);
    err.status = r.status;
    throw err;
  }
  return body;
}

export function param(name) {
  return new URLSearchParams(location.search).get(name);
}

/** Appends children like h() does: arrays flattened, null/undefined/false skipped, strings as text. */
export function put(el, ...children) {
  return fill(el, {}, children);
}

export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

export function showError(container, err) {
  clear(container).append(h('div', {class: 'error', role: 'alert'}, err.message || String(err)));
}

const numberFormat = new Intl.NumberFormat('en');
export function num(n) {
  return n === null || n === undefined ? '–' : numberFormat.format(n);
}

const dateFormat = new Intl.DateTimeFormat('en-GB', {day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC'});
export function day(iso) {
  if (!iso) return 'date unknown';
  const d = new Date(iso + 'T00:00:00Z');
  return isNaN(d) ? iso : dateFormat.format(d);
}

const monthFormat = new Intl.DateTimeFormat('en-GB', {month: 'short', year: 'numeric', timeZone: 'UTC'});
/** A date at its precision: '3 Mar 2024', 'week of 3 Mar 2024', 'Mar 2024', '2024'. */
export function dateText(iso, precision) {
  if (!iso || !precision || precision === 'day') return day(iso);
  const d = new Date(iso + 'T00:00:00Z');
  if (isNaN(d)) return iso;
  if (precision === 'week') return 'week of ' + day(iso);
  if (precision === 'month') return monthFormat.format(d);
  return String(d.getUTCFullYear());
}

/** The ISO day before iso. */
export function dayBefore(iso) {
  const d = new Date(iso + 'T00:00:00Z');
  return isNaN(d) ? null : new Date(d.getTime() - 86400000).toISOString().slice(0, 10);
}

/**
 * How an incident date was picked, in an analyst's words: {text, note}, or null for no or an unknown basis.
 * published is the publication day of the article the date came from, when known: an unnamed date is that day
 * or the day before. decided is true for an incident's date, whose unnamed_at_capture day is already the day before
 * the date line's (an article's is the date line's own day).
 */
export function basisText(basis, date, published, decided = false) {
  if (basis === 'named') {
    return {text: 'date stated in text', note: 'The text names the day (or the week, month or year).'};
  }
  if (basis === 'unnamed') {
    const text = !published || !date ? 'inferred from publication date'
      : published === date ? 'inferred from publication day'
        : dayBefore(published) === date ? 'inferred: day before publication' : 'inferred from the date line';
    return {text, note: 'No day is named in the text: the date comes from when the article was published (its date line).'};
  }
  if (basis === 'unnamed_at_capture' && decided) {
    return {text: 'inferred from archive capture day',
      note: 'No day is named in the text, and a web archive captured the page within a day of its date line, which is '
        + 'then more often the capture day than the story\'s: the incident is counted on the day before the date line.'};
  }
  if (basis === 'unnamed_at_capture') {
    return {text: 'inferred from publication day at archive capture',
      note: 'No day is named in the text, and a web archive captured the page within a day of its date line, which is '
        + 'then more often the capture day than the story\'s: the incident is counted on the day before'
        + (date ? ' (' + day(dayBefore(date)) + ').' : '.')};
  }
  return null;
}

export function placeText(p) {
  if (!p) return 'place unknown';
  return [p.name, p.admin1 && p.admin1 !== p.name ? p.admin1 : null, p.country].filter(Boolean).join(', ');
}

export function typeText(t) {
  if (!t) return 'type unknown';
  const [a, b] = t.split('|');
  return b ? a + ' › ' + b : a;
}

const QUALIFIERS = {exact: '', at_least: 'at least ', more_than: 'more than ', about: 'about ', up_to: 'up to ', range: ''};
export function figureText(f) {
  if (!f) return '–';
  const v = f.qualifier === 'range' && f.upper !== null && f.upper !== undefined ? f.value + '–' + f.upper : num(f.value);
  return (QUALIFIERS[f.qualifier] || '') + v;
}

export function articleHref(articleId, evidence) {
  const q = new URLSearchParams({id: articleId});
  if (evidence) q.set('hl', evidence.start + '-' + evidence.end);
  return '/article.html?' + q.toString();
}

export function incidentHref(id) {
  return '/incident.html?' + new URLSearchParams({id}).toString();
}

/** Marks the current page's link in the header navigation. */
export function markNav() {
  for (const a of document.querySelectorAll('.site-nav a')) {
    if (a.getAttribute('href') === location.pathname) a.setAttribute('aria-current', 'page');
  }
}
