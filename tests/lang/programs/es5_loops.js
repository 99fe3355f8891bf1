// A Havlak-flavoured loop finder: a control-flow graph of basic blocks, DFS
// numbering, a union-find over node records, and loop nesting built from
// back edges; the graphs come from a seeded generator of nested diamonds.
function BasicBlock(name) { this.name = name; this.inEdges = []; this.outEdges = []; }
BasicBlock.prototype.toString = function () { return "BB" + this.name; };
function CFG() { this.blocks = []; this.start = null; }
CFG.prototype.block = function (name) {
  var b = this.blocks[name];
  if (b === undefined) {
    b = this.blocks[name] = new BasicBlock(name);
    if (this.start === null) this.start = b;
  }
  return b;
};
CFG.prototype.edge = function (from, to) {
  var a = this.block(from), b = this.block(to);
  a.outEdges.push(b);
  b.inEdges.push(a);
};

function UnionFindNode() { this.parent = this; this.block = null; this.loop = null; this.dfs = 0; }
UnionFindNode.prototype.init = function (block, dfs) { this.parent = this; this.block = block; this.dfs = dfs; return this; };
UnionFindNode.prototype.find = function () {
  var path = [], node = this;
  while (node !== node.parent) { if (node.parent !== node.parent.parent) path.push(node); node = node.parent; }
  for (var i = 0; i < path.length; i++) path[i].parent = node.parent;
  return node;
};
UnionFindNode.prototype.union = function (other) { this.parent = other; };

function Loop(id) { this.id = id; this.blocks = []; this.children = []; this.parent = null; this.depth = 0; this.header = null; }
Loop.prototype.setParent = function (p) { this.parent = p; p.children.push(this); };

var NONHEADER = 0, REDUCIBLE = 1, SELF = 2, IRREDUCIBLE = 3, DEAD = 4;

function findLoops(cfg) {
  var size = cfg.blocks.length, nodes = new Array(size), number = Object.create(null), last = new Array(size);
  var types = new Array(size), header = new Array(size), backPreds = new Array(size), nonBackPreds = new Array(size);
  for (var i = 0; i < size; i++) { nodes[i] = new UnionFindNode(); backPreds[i] = []; nonBackPreds[i] = []; }
  var UNVISITED = -1;
  cfg.blocks.forEach(function (b) { number[b.name] = UNVISITED; });
  function dfs(b, current) {
    nodes[current].init(b, current);
    number[b.name] = current;
    var lastId = current;
    for (var k = 0; k < b.outEdges.length; k++) {
      var t = b.outEdges[k];
      if (number[t.name] === UNVISITED) lastId = dfs(t, lastId + 1);
    }
    last[current] = lastId;
    return lastId;
  }
  dfs(cfg.start, 0);
  function isAncestor(w, v) { return w <= v && v <= last[w]; }
  for (var w = 0; w < size; w++) {
    header[w] = 0; types[w] = NONHEADER;
    var nb = nodes[w].block;
    if (nb === null) { types[w] = DEAD; continue; }
    for (var e = 0; e < nb.inEdges.length; e++) {
      var v = number[nb.inEdges[e].name];
      if (v === UNVISITED) continue;
      (isAncestor(w, v) ? backPreds[w] : nonBackPreds[w]).push(v);
    }
  }
  header[0] = 0;
  var loops = [];
  for (w = size - 1; w >= 0; w--) {
    var nodePool = [], nodeW = nodes[w].block;
    if (nodeW === null) continue;
    for (var q = 0; q < backPreds[w].length; q++) {
      var bv = backPreds[w][q];
      if (bv !== w) nodePool.push(nodes[bv].find()); else types[w] = SELF;
    }
    var work = nodePool.slice();
    if (nodePool.length !== 0) types[w] = REDUCIBLE;
    while (work.length > 0) {
      var x = work.shift();
      var preds = nonBackPreds[x.dfs];
      for (var pi = 0; pi < preds.length; pi++) {
        var y = nodes[preds[pi]], ydash = y.find();
        if (!isAncestor(w, ydash.dfs)) {
          types[w] = IRREDUCIBLE;
          nonBackPreds[w].push(ydash.dfs);
        } else if (ydash.dfs !== w && nodePool.indexOf(ydash) < 0) {
          work.push(ydash); nodePool.push(ydash);
        }
      }
    }
    if (nodePool.length > 0 || types[w] === SELF) {
      var loop = new Loop(loops.length);
      loop.header = nodeW;
      loop.blocks.push(nodeW);
      for (var z = 0; z < nodePool.length; z++) {
        var node = nodePool[z];
        header[node.dfs] = w;
        node.union(nodes[w]);
        if (node.loop !== null) node.loop.setParent(loop); else loop.blocks.push(node.block);
      }
      nodes[w].loop = loop;
      loops.push(loop);
    }
  }
  var root = new Loop(-1);
  loops.forEach(function (l) { if (l.parent === null) l.setParent(root); });
  (function setDepth(l, d) { l.depth = d; l.children.forEach(function (c) { setDepth(c, d + 1); }); })(root, 0);
  return { loops: loops, root: root, irreducible: types.filter(function (t) { return t === IRREDUCIBLE; }).length };
}

function Rng(s) { this.s = s >>> 0; }
Rng.prototype.next = function (n) { this.s = (Math.imul(this.s, 1103515245) + 12345) >>> 0; return (this.s >>> 8) % n; };

function build(rng, depth, width) {
  var cfg = new CFG(), next = 1;
  cfg.block(0);
  function region(entry, d) {
    // A chain of diamonds, some wrapped in a loop, some nesting a region.
    var cur = entry;
    for (var i = 0; i < width; i++) {
      var a = next++, b = next++, join = next++;
      cfg.edge(cur, a); cfg.edge(cur, b);
      if (d > 0 && rng.next(3) === 0) { var inner = region(a, d - 1); cfg.edge(inner, join); } else cfg.edge(a, join);
      cfg.edge(b, join);
      if (rng.next(2) === 0) cfg.edge(join, cur);
      if (rng.next(7) === 0) cfg.edge(join, join);
      cur = join;
    }
    return cur;
  }
  var exit = region(0, depth);
  cfg.edge(exit, next);
  if (rng.next(2) === 0) cfg.edge(next, 1);
  return cfg;
}

var rng = new Rng(2024), grand = 0;
for (var round = 0; round < 12; round++) {
  var cfg = build(rng, 3, 4 + round % 3);
  var res = findLoops(cfg);
  var maxDepth = 0, blocksInLoops = 0;
  res.loops.forEach(function (l) { if (l.depth > maxDepth) maxDepth = l.depth; blocksInLoops += l.blocks.length; });
  grand = (grand * 31 + res.loops.length * 7 + maxDepth + blocksInLoops) % 1000000007;
  if (round % 3 === 0) console.log(round, cfg.blocks.length, res.loops.length, maxDepth, blocksInLoops, res.irreducible, String(res.loops[0].header));
}
console.log("checksum", grand);

// Node prints:
// expect: 0 62 16 8 62 1 BB57
// expect: 3 122 19 6 115 0 BB105
// expect: 6 14 3 2 8 0 BB12
// expect: 9 134 23 5 101 0 BB126
// expect: checksum 395534863
