// A small SVG timeline of reported figures: one step line per figure kind over report date; every
// point links to the article (and span) it was read from.
import {s, h, clear, num, day, figureText, articleHref} from './common.js';

const KINDS = ['killed', 'injured', 'missing'];

/** Draws history (FigureView[]) into the container; returns the svg, or null when nothing to draw. */
export function drawTimeline(container, history) {
  clear(container);
  const pts = history.filter(f => KINDS.includes(f.kind) && f.asOf)
    .map(f => ({...f, t: Date.parse(f.asOf + 'T00:00:00Z')}));
  if (!pts.length) {
    container.append(h('p', {class: 'muted'}, 'No dated casualty reports yet.'));
    return null;
  }
  const W = 640, H = 260, L = 44, R = 16, T = 14, B = 34;
  let t0 = Math.min(...pts.map(p => p.t)), t1 = Math.max(...pts.map(p => p.t));
  if (t1 === t0) { t0 -= 86400000; t1 += 86400000; }
  const vmax = niceMax(Math.max(...pts.map(p => (p.upper ?? p.value))));
  const x = t => L + (t - t0) / (t1 - t0) * (W - L - R);
  const y = v => H - B - v / vmax * (H - T - B);
  const svg = s('svg', {viewBox: `0 0 ${W} ${H}`, role: 'group', 'aria-label': 'Reported casualty figures over time',
    'data-points': pts.length});
  for (let k = 0; k <= 4; k++) {
    const v = vmax * k / 4;
    svg.append(s('line', {class: 'gridline', x1: L, x2: W - R, y1: y(v), y2: y(v)}),
      s('text', {x: L - 6, y: y(v) + 4, 'text-anchor': 'end'}, num(Math.round(v))));
  }
  const days = [...new Set(pts.map(p => p.t))].sort((a, b) => a - b);
  const step = Math.max(1, Math.ceil(days.length / 6));
  days.filter((_, i) => i % step === 0).forEach(t =>
    svg.append(s('text', {x: x(t), y: H - B + 16, 'text-anchor': 'middle'}, day(new Date(t).toISOString().slice(0, 10)))));
  svg.append(s('line', {class: 'axis', x1: L, x2: W - R, y1: H - B, y2: H - B}),
    s('line', {class: 'axis', x1: L, x2: L, y1: T, y2: H - B}));
  for (const kind of KINDS) {
    const series = pts.filter(p => p.kind === kind).sort((a, b) => a.t - b.t);
    if (!series.length) continue;
    // the running maximum: what was known by each date
    let best = -1, d = '';
    const seen = new Map();
    for (const p of series) {
      best = Math.max(best, p.value);
      seen.set(p.t, best);
    }
    [...seen.entries()].forEach(([t, v], i) => { d += (i ? `H${x(t)}V${y(v)}` : `M${x(t)},${y(v)}`); });
    d += `H${W - R}`;
    svg.append(s('path', {class: `series k-${kind}`, d, fill: 'none'}));
    for (const p of series) {
      const label = `${figureText(p)} ${kind}, reported ${day(p.asOf)}${p.outlet ? ' by ' + p.outlet : ''}${p.reportedBy ? ', according to ' + p.reportedBy : ''}`;
      svg.append(s('a', {href: articleHref(p.evidence.articleId, p.evidence), 'aria-label': label},
        s('circle', {class: `pt k-${kind}`, cx: x(p.t), cy: y(p.value), r: 5}, s('title', {}, label))));
    }
  }
  const legend = h('div', {class: 'legend'}, KINDS.filter(k => pts.some(p => p.kind === k))
    .map(k => h('span', {}, h('span', {class: `swatch k-${k}`}), k)));
  const table = h('details', {class: 'data'}, h('summary', {}, 'Show the figures as a table'),
    h('table', {}, h('thead', {}, h('tr', {}, h('th', {}, 'Reported'), h('th', {}, 'Kind'), h('th', {class: 'num'}, 'Figure'),
      h('th', {}, 'According to'), h('th', {}, 'Source'))),
    h('tbody', {}, pts.sort((a, b) => a.t - b.t).map(p => h('tr', {}, h('td', {}, day(p.asOf)), h('td', {}, p.kind),
      h('td', {class: 'num'}, figureText(p)), h('td', {}, p.reportedBy || '–'),
      h('td', {}, h('a', {href: articleHref(p.evidence.articleId, p.evidence)}, p.outlet || p.articleTitle || p.evidence.articleId)))))));
  container.append(svg, legend, table);
  return svg;
}

function niceMax(v) {
  if (v <= 4) return 4;
  const p = Math.pow(10, Math.floor(Math.log10(v)));
  for (const m of [1, 2, 4, 8, 10]) if (m * p >= v) return m * p;
  return 10 * p;
}
