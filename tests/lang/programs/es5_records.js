// A CSV reader and a JSON-ish writer in ES5 style: a scanner object over
// charCodeAt, records whose derived fields are Object.defineProperty
// getters, a column index built with hasOwnProperty, callbacks bound with
// Function.prototype.bind, and aggregates checked by a string hash.
function Scanner(text) { this.text = text; this.pos = 0; this.line = 1; }
Scanner.prototype.atEnd = function () { return this.pos >= this.text.length; };
Scanner.prototype.field = function () {
  var t = this.text, out = "";
  if (t.charCodeAt(this.pos) === 34) { // quoted, "" is a quote
    this.pos++;
    for (;;) {
      var c = t.charCodeAt(this.pos++);
      if (c !== c) throw new Error("unterminated quote on line " + this.line);
      if (c === 34) {
        if (t.charCodeAt(this.pos) === 34) { out += '"'; this.pos++; } else break;
      } else out += String.fromCharCode(c);
    }
    return out;
  }
  var start = this.pos;
  while (this.pos < t.length) {
    var d = t.charCodeAt(this.pos);
    if (d === 44 || d === 10) break;
    this.pos++;
  }
  return t.substring(start, this.pos);
};
Scanner.prototype.row = function () {
  var fields = [this.field()];
  while (this.text.charCodeAt(this.pos) === 44) { this.pos++; fields.push(this.field()); }
  if (this.text.charCodeAt(this.pos) === 10) { this.pos++; this.line++; }
  return fields;
};

function Table(header) {
  this.columns = header;
  this.index = {};
  for (var i = 0; i < header.length; i++) this.index[header[i]] = i;
  this.rows = [];
}
Table.prototype.column = function (name) {
  if (!this.index.hasOwnProperty(name)) throw new RangeError("no column " + name);
  return this.index[name];
};
Table.prototype.add = function (fields) {
  var rec = {}, cols = this.columns;
  for (var i = 0; i < cols.length; i++) {
    var v = fields[i], n = +v;
    rec[cols[i]] = v !== "" && n === n ? n : v;
  }
  Object.defineProperty(rec, "total", {
    get: function () { return this.qty * this.price; },
    enumerable: false,
  });
  this.rows.push(rec);
};
Table.prototype.groupBy = function (key, reducer, init) {
  var groups = {}, order = [];
  for (var i = 0; i < this.rows.length; i++) {
    var r = this.rows[i], k = r[key];
    if (!Object.prototype.hasOwnProperty.call(groups, k)) { groups[k] = init; order.push(k); }
    groups[k] = reducer(groups[k], r);
  }
  return order.map(function (k) { return [k, groups[k]]; });
};

function parse(text) {
  var s = new Scanner(text), table = new Table(s.row());
  while (!s.atEnd()) table.add(s.row());
  return table;
}

// A writer that quotes strings and escapes like JSON.stringify, to compare.
function quote(str) {
  var out = '"';
  for (var i = 0; i < str.length; i++) {
    var c = str.charCodeAt(i);
    if (c === 34 || c === 92) out += "\\" + str.charAt(i);
    else if (c === 10) out += "\\n";
    else if (c === 9) out += "\\t";
    else if (c < 32) out += "\\u" + ("000" + c.toString(16)).slice(-4);
    else out += str.charAt(i);
  }
  return out + '"';
}
function write(v) {
  if (v === null) return "null";
  if (typeof v === "number") return isFinite(v) ? String(v) : "null";
  if (typeof v === "string") return quote(v);
  if (typeof v === "boolean") return v ? "true" : "false";
  if (v instanceof Array) return "[" + v.map(write).join(",") + "]";
  var parts = [];
  for (var k in v) if (v.hasOwnProperty(k)) parts.push(quote(k) + ":" + write(v[k]));
  return "{" + parts.join(",") + "}";
}
function hash(s) { var h = 5381; for (var i = 0; i < s.length; i++) h = ((h << 5) + h + s.charCodeAt(i)) | 0; return h >>> 0; }

var csv = 'region,item,qty,price,note\n' +
  'north,apple,3,1.25,\n' +
  'south,"pear, green",10,0.5,"said ""hi"""\n' +
  'north,fig,7,2.75,fresh\n' +
  'east,apple,1,1.25,"multi\nline"\n' +
  'south,apple,4,1.5,\n';
var t = parse(csv);
console.log(t.rows.length, t.columns.join("|"), t.column("qty"));
console.log(write(t.rows[1]), t.rows[1].total, Object.keys(t.rows[0]).length);
var sumBy = function (field, acc, r) { return acc + r[field]; };
console.log(write(t.groupBy("region", sumBy.bind(null, "qty"), 0)));
console.log(write(t.groupBy("item", function (acc, r) { return acc + r.total; }, 0)));
try { t.column("weight"); } catch (e) { console.log(e.name, e.message, e instanceof RangeError); }
try { parse('a,b\n"open,2\n'); } catch (e) { console.log(String(e)); }
console.log(write({ a: [1, "x\ty", null, true], b: { c: -0.5, d: 1 / 0 } }) === JSON.stringify({ a: [1, "x\ty", null, true], b: { c: -0.5, d: null } }));

// Load: a generated table, parsed and aggregated several times.
function Rng(s) { this.s = s; }
Rng.prototype.next = function (n) { this.s = (this.s * 69069 + 1) % 4294967296; return Math.floor(this.s / 65536) % n; };
var rng = new Rng(7), regions = ["north", "south", "east", "west"], items = ["apple", "fig", "pear, green", "plum"];
var lines = ["region,item,qty,price,note"];
for (var i = 0; i < 1500; i++) {
  var item = items[rng.next(4)];
  lines.push([regions[rng.next(4)], item.indexOf(",") >= 0 ? '"' + item + '"' : item, rng.next(20), (rng.next(400) / 100), rng.next(5) === 0 ? '"note ' + i + '"' : ""].join(","));
}
var big = parse(lines.join("\n") + "\n"), out = "";
for (var pass = 0; pass < 3; pass++) {
  var g = big.groupBy(big.columns[pass % 2], function (acc, r) { return { n: acc.n + 1, q: acc.q + r.qty, t: Math.round((acc.t + r.total) * 100) / 100 }; }, { n: 0, q: 0, t: 0 });
  out += write(g);
}
console.log(big.rows.length, out.length, hash(out), hash(write(big.rows.slice(0, 50))));

// Node prints:
// expect: 5 region|item|qty|price|note 2
// expect: {"region":"south","item":"pear, green","qty":10,"price":0.5,"note":"said \"hi\""} 5 5
// expect: [["north",10],["south",14],["east",1]]
// expect: [["apple",11],["pear, green",5],["fig",19.25]]
// expect: RangeError no column weight true
// expect: Error: unterminated quote on line 2
// expect: true
// expect: 1500 494 1091180056 3778670750
