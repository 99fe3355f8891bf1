// json: generate a JSON document as a string, then tokenize and parse it
// with charCodeAt scanning into tagged node objects, and walk the tree for a
// checksum -- string scanning, object and array allocation, property reads.
const RECORDS = 1000;
const ROUNDS = 160;

const T_NULL = 0;
const T_TRUE = 1;
const T_FALSE = 2;
const T_NUMBER = 3;
const T_STRING = 4;
const T_ARRAY = 5;
const T_OBJECT = 6;

const KEYS = ["id", "name", "tags", "score", "active", "parent", "children", "note"];

// ---- generator (a deterministic pseudo-random document)

function nextRandom(rng) {
  rng.seed = (rng.seed * 1101 + 12345) % 1048576;
  // The low bits of a power-of-two LCG cycle quickly; use the high ones.
  return Math.floor(rng.seed / 16);
}

function intToString(n) {
  if (n === 0) return "0";
  let neg = false;
  if (n < 0) {
    neg = true;
    n = -n;
  }
  const digits = [];
  while (n > 0) {
    const d = n % 10;
    digits.unshift(String.fromCharCode(48 + d));
    n = (n - d) / 10;
  }
  if (neg) digits.unshift("-");
  return digits.join("");
}

function genWord(rng, out) {
  const len = 3 + nextRandom(rng) % 8;
  out.push("\"");
  for (let i = 0; i < len; i++) {
    out.push(String.fromCharCode(97 + nextRandom(rng) % 26));
  }
  out.push("\"");
}

function genValue(rng, out, depth) {
  const r = nextRandom(rng) % 10;
  if (depth > 3 || r < 3) {
    out.push(intToString(nextRandom(rng) % 20000 - 10000));
  } else if (r < 5) {
    genWord(rng, out);
  } else if (r === 5) {
    out.push("true");
  } else if (r === 6) {
    out.push("false");
  } else if (r === 7) {
    out.push("null");
  } else if (r === 8) {
    const n = nextRandom(rng) % 5;
    out.push("[");
    for (let i = 0; i < n; i++) {
      if (i > 0) out.push(", ");
      genValue(rng, out, depth + 1);
    }
    out.push("]");
  } else {
    genObject(rng, out, depth + 1);
  }
}

function genObject(rng, out, depth) {
  const n = 1 + nextRandom(rng) % 4;
  const start = nextRandom(rng) % KEYS.length;
  out.push("{");
  for (let i = 0; i < n; i++) {
    if (i > 0) out.push(",");
    out.push("\"");
    out.push(KEYS[(start + i) % KEYS.length]);
    out.push("\": ");
    genValue(rng, out, depth);
  }
  out.push("}");
}

function generate(records) {
  const rng = { seed: 42 };
  const out = [];
  out.push("[\n");
  for (let i = 0; i < records; i++) {
    if (i > 0) out.push(",\n");
    genObject(rng, out, 0);
  }
  out.push("\n]");
  return out.join("");
}

// ---- parser

function skipSpace(p) {
  const s = p.text;
  while (p.pos < s.length) {
    const c = s.charCodeAt(p.pos);
    if (c !== 32 && c !== 10 && c !== 13 && c !== 9) return;
    p.pos = p.pos + 1;
  }
}

function expect(p, c) {
  if (p.text.charCodeAt(p.pos) !== c) p.errors = p.errors + 1;
  p.pos = p.pos + 1;
}

function parseString(p) {
  const s = p.text;
  expect(p, 34);
  let str = "";
  while (p.pos < s.length) {
    const c = s.charCodeAt(p.pos);
    p.pos = p.pos + 1;
    if (c === 34) return str;
    if (c === 92) {
      str = str + s[p.pos];
      p.pos = p.pos + 1;
    } else {
      str = str + String.fromCharCode(c);
    }
  }
  p.errors = p.errors + 1;
  return str;
}

function parseNumber(p) {
  const s = p.text;
  let neg = false;
  if (s.charCodeAt(p.pos) === 45) {
    neg = true;
    p.pos = p.pos + 1;
  }
  let n = 0;
  while (p.pos < s.length) {
    const c = s.charCodeAt(p.pos);
    if (c < 48 || c > 57) break;
    n = n * 10 + (c - 48);
    p.pos = p.pos + 1;
  }
  if (neg) n = -n;
  return { type: T_NUMBER, num: n, str: null, items: null, keys: null };
}

function parseLiteral(p, word, type) {
  for (let i = 0; i < word.length; i++) expect(p, word.charCodeAt(i));
  return { type: type, num: 0, str: null, items: null, keys: null };
}

function parseArray(p) {
  expect(p, 91);
  const items = [];
  skipSpace(p);
  if (p.text.charCodeAt(p.pos) === 93) {
    p.pos = p.pos + 1;
  } else {
    while (true) {
      items.push(parseValue(p));
      skipSpace(p);
      const c = p.text.charCodeAt(p.pos);
      p.pos = p.pos + 1;
      if (c === 93) break;
      if (c !== 44) {
        p.errors = p.errors + 1;
        break;
      }
    }
  }
  return { type: T_ARRAY, num: 0, str: null, items: items, keys: null };
}

function parseObject(p) {
  expect(p, 123);
  const keys = [];
  const items = [];
  skipSpace(p);
  if (p.text.charCodeAt(p.pos) === 125) {
    p.pos = p.pos + 1;
  } else {
    while (true) {
      skipSpace(p);
      keys.push(parseString(p));
      skipSpace(p);
      expect(p, 58);
      items.push(parseValue(p));
      skipSpace(p);
      const c = p.text.charCodeAt(p.pos);
      p.pos = p.pos + 1;
      if (c === 125) break;
      if (c !== 44) {
        p.errors = p.errors + 1;
        break;
      }
    }
  }
  return { type: T_OBJECT, num: 0, str: null, items: items, keys: keys };
}

function parseValue(p) {
  skipSpace(p);
  const c = p.text.charCodeAt(p.pos);
  if (c === 123) return parseObject(p);
  if (c === 91) return parseArray(p);
  if (c === 34) {
    const str = parseString(p);
    return { type: T_STRING, num: 0, str: str, items: null, keys: null };
  }
  if (c === 116) return parseLiteral(p, "true", T_TRUE);
  if (c === 102) return parseLiteral(p, "false", T_FALSE);
  if (c === 110) return parseLiteral(p, "null", T_NULL);
  return parseNumber(p);
}

// ---- checksum walk

function mix(h, v) {
  return (h * 31 + v + 1000000) % 1000000007;
}

function walk(node, h) {
  const t = node.type;
  if (t === T_NUMBER) return mix(h, node.num);
  if (t === T_STRING) return mix(mix(h, node.str.length), node.str.charCodeAt(0));
  if (t === T_ARRAY || t === T_OBJECT) {
    const items = node.items;
    h = mix(h, items.length + t);
    for (let i = 0; i < items.length; i++) {
      if (t === T_OBJECT) h = mix(h, node.keys[i].charCodeAt(0) + node.keys[i].length);
      h = walk(items[i], h);
    }
    return h;
  }
  return mix(h, t);
}

const text = generate(RECORDS);
let checksum = text.length;
for (let r = 0; r < ROUNDS; r++) {
  const p = { text: text, pos: 0, errors: 0 };
  const doc = parseValue(p);
  checksum = walk(doc, checksum);
  checksum = mix(checksum, p.errors * 1000);
}
console.log(checksum);
