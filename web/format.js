// Labels, colours and text helpers shared by the page's modules. Nothing here
// touches the DOM except through text nodes (never innerHTML), so stored text
// is always shown as text.

export const EVENT_TYPES = [
  ['Battles', 't-battles'],
  ['Explosions/Remote violence', 't-explosions'],
  ['Violence against civilians', 't-civilians'],
  ['Protests', 't-protests'],
  ['Riots', 't-riots'],
  ['Strategic developments', 't-strategic'],
];

// Returns the CSS class colouring an event type.
export function typeClass(type) {
  const hit = EVENT_TYPES.find(([name]) => name === type);
  return hit ? hit[1] : 't-strategic';
}

export const TIME_PRECISION = { 1: 'the day is known', 2: 'within about a week', 3: 'a month or vaguer' };
export const GEO_PRECISION = { 1: 'the town', 2: 'near the town / its district', 3: 'the province or region' };

// Languages written right to left, by ISO 639-1 code.
const RTL = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'ku', 'yi']);
export function direction(lang) { return RTL.has(lang) ? 'rtl' : 'auto'; }

// Returns the three parts of `text` around the byte range [start, end) of its
// UTF-8 encoding (the store's spans are byte offsets; JavaScript strings are
// UTF-16, so the text is cut as bytes and decoded back).
export function splitByBytes(text, start, end) {
  const bytes = new TextEncoder().encode(text);
  const dec = new TextDecoder();
  const s = Math.max(0, Math.min(start, bytes.length));
  const e = Math.max(s, Math.min(end, bytes.length));
  return [dec.decode(bytes.subarray(0, s)), dec.decode(bytes.subarray(s, e)), dec.decode(bytes.subarray(e))];
}

// Returns `url` when it is an http(s) address, else null (no javascript: links).
export function safeHttpUrl(url) {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch { return null; }
}

// Returns a new element with `text` as its only (text) content.
export function el(tag, text, attrs = {}) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}
