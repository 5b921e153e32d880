// The API reference, rendered from /openapi.json.
import {h, put, clear, getJson, showError, markNav} from './common.js';

const root = document.getElementById('docs');

function typeOf(schema) {
  if (!schema) return '';
  if (schema.$ref) return schema.$ref.split('/').pop();
  if (schema.oneOf) return schema.oneOf.map(typeOf).join(' | ');
  const t = Array.isArray(schema.type) ? schema.type.join(' | ') : schema.type || 'object';
  if (t === 'array') return typeOf(schema.items) + '[]';
  const extra = [schema.format, schema.enum ? 'one of ' + schema.enum.filter(e => e !== null).join(', ') : null,
    schema.minimum !== undefined ? 'min ' + schema.minimum : null, schema.maximum !== undefined ? 'max ' + schema.maximum : null,
    schema.default !== undefined ? 'default ' + schema.default : null].filter(Boolean);
  return t + (extra.length ? ' (' + extra.join('; ') + ')' : '');
}

function operation(path, method, op) {
  const params = op.parameters || [];
  return h('section', {class: 'doc-op', id: op.operationId || null},
    h('h3', {}, h('span', {class: `method ${method}`}, method.toUpperCase()), h('span', {}, path)),
    h('div', {class: 'body'},
      h('p', {}, h('b', {}, op.summary || '')),
      op.description ? h('p', {class: 'muted'}, op.description) : null,
      op.security ? h('p', {}, 'Requires ', h('code', {}, 'Authorization: Bearer <token>'), '.') : null,
      params.length ? h('table', {}, h('thead', {}, h('tr', {}, h('th', {}, 'Parameter'), h('th', {}, 'In'), h('th', {}, 'Type'),
        h('th', {}, 'Description'))), h('tbody', {}, params.map(p => h('tr', {},
        h('td', {}, h('code', {}, p.name), p.required ? ' *' : ''), h('td', {}, p.in), h('td', {class: 'mono'}, typeOf(p.schema)),
        h('td', {}, p.description || '', p.example !== undefined ? h('div', {class: 'sub'}, 'e.g. ', h('code', {}, String(p.example))) : null))))) : null,
      op.requestBody ? h('p', {}, 'Body: ', Object.keys(op.requestBody.content).map(t => h('code', {}, t + ' '))) : null,
      h('table', {}, h('thead', {}, h('tr', {}, h('th', {}, 'Status'), h('th', {}, 'Meaning'), h('th', {}, 'Content'))),
        h('tbody', {}, Object.entries(op.responses || {}).map(([code, r]) => h('tr', {}, h('td', {}, h('code', {}, code)),
          h('td', {}, r.description || ''),
          h('td', {class: 'mono'}, Object.entries(r.content || {}).map(([t, c]) => t + (c.schema ? ' → ' + typeOf(c.schema) : '')).join(', '))))))));
}

function schema(name, sc) {
  const props = Object.entries(sc.properties || {});
  return h('details', {class: 'doc-op', id: 'schema-' + name},
    h('summary', {class: 'body'}, h('b', {}, name), sc.description ? ' — ' + sc.description : ''),
    h('div', {class: 'body'}, props.length ? h('table', {}, h('tbody', {}, props.map(([p, s]) => h('tr', {},
      h('td', {}, h('code', {}, p)), h('td', {class: 'mono'}, typeOf(s)), h('td', {}, s.description || '')))))
      : h('p', {class: 'mono'}, typeOf(sc))));
}

async function render() {
  let spec;
  try {
    spec = await getJson('/openapi.json');
  } catch (e) {
    showError(root, e);
    return;
  }
  const ops = [];
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(item)) ops.push(operation(path, method, op));
  }
  put(clear(root),
    h('h1', {}, spec.info.title + ' ', h('span', {class: 'badge'}, spec.info.version)),
    h('p', {}, spec.info.description || ''),
    h('p', {class: 'sub'}, 'Machine-readable: ', h('a', {href: '/openapi.json'}, '/openapi.json'), ' (OpenAPI ' + spec.openapi + ')'),
    h('h2', {}, 'Endpoints'), ops,
    h('h2', {}, 'Schemas'), Object.entries(spec.components.schemas).map(([n, sc]) => schema(n, sc)));
  root.removeAttribute('aria-busy');
}

markNav();
const live = document.getElementById('live');
if (live) live.hidden = true;
render().catch(e => showError(root, e));
