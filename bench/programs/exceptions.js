// exceptions: a record validator that throws and catches per item. Each
// record ("123,4567") goes through checked -> record -> number -> digit; a
// bad one throws from the innermost frames: a RangeError for a bad digit,
// a plain object for a number out of range, a TypeError for a missing
// comma (caught and handled one frame up, the others rethrown there and
// caught by the loop, whose finally counts every record).
function digit(c) {
  if (c < 48 || c > 57) throw new RangeError("bad digit");
  return c - 48;
}
function number(s, start, end) {
  let n = 0;
  for (let i = start; i < end; i++) n = n * 10 + digit(s.charCodeAt(i));
  if (n > 60000) throw { code: 2, value: n };
  return n;
}
function record(s) {
  const comma = s.indexOf(",");
  if (comma < 0) throw new TypeError("no comma");
  return number(s, 0, comma) + number(s, comma + 1, s.length);
}
function checked(s) {
  try {
    return record(s);
  } catch (e) {
    if (e instanceof TypeError) return -1;
    throw e;
  }
}
// Deterministic records: mostly valid, some with a bad character, some
// without a comma, some out of range.
let seed = 12345;
function next() {
  seed = (seed * 16807) % 2147483647;
  return seed;
}
const chars = "0123456789";
const items = [];
for (let i = 0; i < 2000; i++) {
  let s = "";
  const len = 3 + (next() % 3);
  for (let j = 0; j < len; j++) s += chars[next() % 10];
  const kind = next() % 8;
  if (kind === 0) s += "x";
  if (kind !== 1) s += ",";
  const len2 = 2 + (next() % 4);
  for (let j = 0; j < len2; j++) s += chars[next() % 10];
  items.push(s);
}
let total = 0;
let bad = 0;
let big = 0;
let none = 0;
let seen = 0;
for (let round = 0; round < 250; round++) {
  for (let i = 0; i < items.length; i++) {
    try {
      const v = checked(items[i]);
      if (v < 0) none++;
      else total = (total + v) % 1000000007;
    } catch (e) {
      if (e instanceof RangeError) bad++;
      else if (e.code === 2) big++;
    } finally {
      seen++;
    }
  }
}
console.log(total, bad, big, none, seen);
