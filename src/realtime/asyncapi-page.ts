/**
 * A readable page of the AsyncAPI document (served at /api/docs/realtime):
 * each event with its direction, its summary and its payload's fields, and
 * every schema with links between them. Plain HTML, no script.
 */

type Json = Record<string, unknown>;

const escapeHtml = (text: unknown) =>
  String(text).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/** Inline code spans (`x`) of the document's prose, the rest escaped. */
const prose = (text: unknown) =>
  escapeHtml(text ?? '').replace(/`([^`]+)`/g, (_m, code: string) => `<code>${code}</code>`);

const refName = (ref: string) => ref.split('/').at(-1) ?? ref;

function typeOf(schema: Json): string {
  if (typeof schema.$ref === 'string') {
    const name = refName(schema.$ref);
    return `<a href="#schema-${escapeHtml(name)}">${escapeHtml(name)}</a>`;
  }
  for (const key of ['oneOf', 'anyOf'] as const)
    if (Array.isArray(schema[key]))
      return (schema[key] as Json[]).map(typeOf).join(key === 'oneOf' ? ' | ' : ' or ');
  if (Array.isArray(schema.enum))
    return (schema.enum as unknown[])
      .map((v) => `<code>${escapeHtml(JSON.stringify(v))}</code>`)
      .join(' | ');
  const types = Array.isArray(schema.type) ? schema.type : [schema.type ?? 'any'];
  return types
    .map((t) =>
      t === 'array' ? `array of ${typeOf((schema.items ?? {}) as Json)}` : escapeHtml(t),
    )
    .join(' | ');
}

function fields(schema: Json): string {
  const properties = (schema.properties ?? {}) as Record<string, Json>;
  const required = new Set((schema.required ?? []) as string[]);
  if (Object.keys(properties).length === 0) return `<p>${typeOf(schema)}</p>`;
  const rows = Object.entries(properties).map(
    ([name, property]) =>
      `<tr><td><code>${escapeHtml(name)}</code>${required.has(name) ? '' : ' <small>(optional)</small>'}</td><td>${typeOf(property)}</td><td>${prose(property.description ?? '')}</td></tr>`,
  );
  return `<table><thead><tr><th>field</th><th>type</th><th>meaning</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

export function asyncApiPage(document: Json): string {
  const info = document.info as Json;
  const components = document.components as {
    schemas: Record<string, Json>;
    messages: Record<string, Json>;
  };
  const operations = Object.entries(document.operations as Record<string, Json>).map(([id, op]) => {
    const messages = (op.messages as Json[]).map(
      (m) => components.messages[refName(String(m.$ref))] as Json,
    );
    const reply = ((op.reply as Json | undefined)?.messages as Json[] | undefined)?.map(
      (m) => components.messages[refName(String(m.$ref))] as Json,
    );
    const direction = op.action === 'send' ? 'server → client' : 'client → server';
    const body = messages
      .map((message) => {
        const payload = refName(String((message.payload as Json).$ref));
        return `<h3 id="event-${escapeHtml(message.name)}"><code>${escapeHtml(message.name)}</code> <small>${direction}</small></h3>
<p>${prose(message.summary)}</p><p>${prose(op.summary)}</p>
<p>Payload: <a href="#schema-${escapeHtml(payload)}">${escapeHtml(payload)}</a></p>
${reply ? `<p>Acknowledgement: ${reply.map((r) => `<a href="#schema-${escapeHtml(refName(String((r.payload as Json).$ref)))}">${escapeHtml(refName(String((r.payload as Json).$ref)))}</a>`).join(', ')}</p>` : ''}`;
      })
      .join('');
    return `<section id="operation-${escapeHtml(id)}">${body}</section>`;
  });
  const schemas = Object.entries(components.schemas).map(
    ([name, schema]) =>
      `<section id="schema-${escapeHtml(name)}"><h3>${escapeHtml(name)}</h3>${schema.description ? `<p>${prose(schema.description)}</p>` : ''}${
        Array.isArray(schema.oneOf) && !schema.properties
          ? `<p>One of: ${typeOf(schema)}</p>`
          : fields(schema)
      }</section>`,
  );
  const servers = Object.values(document.servers as Record<string, Json>)
    .map(
      (s) =>
        `<li><code>${escapeHtml(s.protocol)}://${escapeHtml(s.host)}${escapeHtml(s.pathname)}</code>: ${prose(s.description)}</li>`,
    )
    .join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(info.title)}</title>
<style>
body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:0 auto;padding:1rem;color:#1a1a1a}
code{background:#f1f3f5;padding:0 .2rem;border-radius:3px}
table{border-collapse:collapse;width:100%;margin:.5rem 0}td,th{border:1px solid #ced4da;padding:.3rem .5rem;text-align:left;vertical-align:top}
h3 small{font-weight:normal;color:#495057}section{border-top:1px solid #dee2e6;padding-top:.5rem}
a{color:#1864ab}
</style></head><body>
<h1>${escapeHtml(info.title)} <small>${escapeHtml(info.version)}</small></h1>
${String(info.description ?? '')
  .split('\n\n')
  .map((p) => `<p>${prose(p)}</p>`)
  .join('')}
<p>Machine-readable: <a href="/api/asyncapi.json">AsyncAPI 3.0 document</a>. HTTP API: <a href="/api/docs">OpenAPI</a>.</p>
<h2>Servers</h2><ul>${servers}</ul>
<h2>Events</h2>${operations.join('')}
<h2>Schemas</h2>${schemas.join('')}
</body></html>`;
}
