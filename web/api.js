// The page's calls to sitrep's JSON API (src/sitrep/api/handlers.h).

// Returns the JSON of GET `path` with `params` (empty values left out).
export async function getJson(path, params = {}) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== '' && v !== undefined && v !== null) query.set(k, v);
  const qs = query.toString();
  const res = await fetch(qs ? `${path}?${qs}` : path);
  const body = await res.json();
  if (!res.ok) throw new Error(body.error ? body.error.message : `HTTP ${res.status}`);
  return body;
}

// Returns every event of `filters`, following cursors up to `max` events.
export async function allEvents(filters, max = 5000) {
  const events = [];
  let cursor = '';
  while (events.length < max) {
    const page = await getJson('/api/events', { ...filters, limit: 1000, cursor });
    events.push(...page.events);
    if (!page.next_cursor) return { events, complete: true };
    cursor = page.next_cursor;
  }
  return { events, complete: false };
}

export function eventPath(id) { return `/api/events/${encodeURIComponent(id)}`; }
export function docPath(id) { return `/api/docs/${encodeURIComponent(id)}`; }
