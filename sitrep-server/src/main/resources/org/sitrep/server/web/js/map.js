// An offline map: Natural Earth country outlines (world-atlas TopoJSON, packaged at build time)
// drawn as SVG in a plate carrée projection (x = longitude, y = -latitude), zoomed with the viewBox.
import {s, h, clear, num, incidentHref} from './common.js';

let basemap = null;

/** The country outlines, one SVG path string per country in lon/-lat units (cached); [] when unavailable. */
function loadBasemap() {
  if (!basemap) {
    basemap = fetch('/vendor/world-atlas/countries-110m.json')
      .then(r => (r.ok ? r.json() : null))
      .then(topo => (topo ? topologyPaths(topo, 'countries') : []))
      .catch(() => []);
  }
  return basemap;
}

/**
 * Decodes a TopoJSON object's polygons into one SVG path per geometry. Rings that cross the
 * antimeridian are unwrapped (longitudes kept continuous) and drawn a second time shifted by 360°,
 * so that no stray line crosses the map and both halves show.
 */
export function topologyPaths(topo, objectName) {
  const [sx, sy] = topo.transform ? topo.transform.scale : [1, 1];
  const [tx, ty] = topo.transform ? topo.transform.translate : [0, 0];
  const arcs = topo.arcs.map(arc => {
    let x = 0, y = 0;
    return arc.map(([dx, dy]) => {
      x += dx; y += dy;
      return [x * sx + tx, y * sy + ty];
    });
  });
  const draw = pts => 'M' + pts.map(([x, y]) => x.toFixed(2) + ',' + (-y).toFixed(2)).join('L') + 'Z';
  const ring = indexes => {
    const pts = [];
    for (const i of indexes) {
      const a = i >= 0 ? arcs[i] : arcs[~i].slice().reverse();
      pts.push(...(pts.length ? a.slice(1) : a));
    }
    let shift = 0, minX = Infinity, maxX = -Infinity;
    const out = pts.map(([x, y], k) => {
      if (k > 0) {
        const jump = x + shift - out_prev;
        if (Math.abs(y) < 85 && Math.abs(jump) > 180) shift -= Math.sign(jump) * 360;
      }
      out_prev = x + shift;
      minX = Math.min(minX, x + shift); maxX = Math.max(maxX, x + shift);
      return [x + shift, y];
    });
    let d = draw(out);
    if (maxX > 180) d += draw(out.map(([x, y]) => [x - 360, y]));
    if (minX < -180) d += draw(out.map(([x, y]) => [x + 360, y]));
    return d;
  };
  let out_prev = 0;
  const paths = [];
  const visit = g => {
    if (g.type === 'GeometryCollection') g.geometries.forEach(visit);
    else if (g.type === 'Polygon') paths.push(g.arcs.map(ring).join(''));
    else if (g.type === 'MultiPolygon') paths.push(g.arcs.map(p => p.map(ring).join('')).join(''));
  };
  visit(topo.objects[objectName]);
  return paths;
}

/** The view box [x, y, w, h] fitting the points with padding, at the container's aspect ratio. */
function fit(points, aspect, minSpan) {
  if (!points.length) return [-180, -85, 360, 150];
  let [x0, x1, y0, y1] = [180, -180, 90, -90];
  for (const p of points) {
    x0 = Math.min(x0, p.lon); x1 = Math.max(x1, p.lon);
    y0 = Math.min(y0, p.lat); y1 = Math.max(y1, p.lat);
  }
  let w = Math.max(x1 - x0, minSpan) * 1.25, hgt = Math.max(y1 - y0, minSpan / aspect) * 1.25;
  if (w / hgt > aspect) hgt = w / aspect; else w = hgt * aspect;
  w = Math.min(w, 360); hgt = Math.min(hgt, 180);
  const cx = (x0 + x1) / 2, cy = -(y0 + y1) / 2;
  return [cx - w / 2, cy - hgt / 2, w, hgt];
}

/**
 * Draws incidents (objects with id, headline, killed, place {lat, lon}) into the container.
 * Each dot is a keyboard-focusable link to the incident.
 */
export async function drawMap(container, incidents, {aspect = 1.5, minSpan = 12, label = 'Map of incidents'} = {}) {
  const points = incidents.filter(i => i.place && i.place.lat !== null && i.place.lon !== null && i.place.lat !== undefined)
    .map(i => ({id: i.id, lat: i.place.lat, lon: i.place.lon, killed: i.killed || 0, headline: i.headline, place: i.place.name,
      approximate: i.place.approximate || null}));
  const [vx, vy, vw, vh] = fit(points, aspect, minSpan);
  const svg = s('svg', {viewBox: `${vx} ${vy} ${vw} ${vh}`, role: 'group', 'aria-label': label,
    preserveAspectRatio: 'xMidYMid meet', 'data-points': points.length});
  const grat = [];
  for (let lon = -180; lon <= 180; lon += 10) grat.push(`M${lon},-90V90`);
  for (let lat = -80; lat <= 80; lat += 10) grat.push(`M-180,${-lat}H180`);
  svg.append(s('path', {class: 'graticule', d: grat.join('')}));
  const land = s('g', {class: 'countries'});
  svg.append(land);
  const unit = vw / 100;
  const maxKilled = Math.max(1, ...points.map(p => p.killed));
  for (const p of points.sort((a, b) => b.killed - a.killed)) {
    const r = unit * (0.9 + 2.6 * Math.sqrt(p.killed / maxKilled));
    const where = p.approximate ? `${p.place}, approximate: ${p.approximate}` : p.place;
    const text = `${p.headline || p.id} (${where}; ${num(p.killed)} killed)`;
    // a place drawn at its region's centre: a hollow dashed ring, not a dot that claims to know the spot
    svg.append(s('a', {href: incidentHref(p.id), 'aria-label': text, class: 'dot-link'},
      s('circle', {class: p.approximate ? 'dot approximate' : 'dot', cx: p.lon.toFixed(3), cy: (-p.lat).toFixed(3),
        r: (p.approximate ? Math.max(r, unit * 2.5) : r).toFixed(3), 'data-approximate': p.approximate || null},
        s('title', {}, text))));
  }
  clear(container).append(svg,
    h('div', {class: 'caption'}, `${points.length} located incident${points.length === 1 ? '' : 's'}; dot size by people killed`
      + (points.some(p => p.approximate) ? '; a dashed ring is approximate (the centre of the region)' : '')
      + '. Country outlines: Natural Earth.'));
  const paths = await loadBasemap();
  if (paths.length) {
    for (const d of paths) land.append(s('path', {class: 'land', d}));
    svg.setAttribute('data-basemap', 'loaded');
  } else {
    svg.setAttribute('data-basemap', 'missing');
  }
  return svg;
}
