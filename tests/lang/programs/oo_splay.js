// Splay tree in the old prototype style, with a pseudo-random key stream.
function SplayTree() { this.root_ = null; }
SplayTree.prototype.isEmpty = function () { return !this.root_; };
SplayTree.prototype.insert = function (key, value) {
  if (this.isEmpty()) { this.root_ = new SplayTree.Node(key, value); return; }
  this.splay_(key);
  if (this.root_.key == key) return;
  var node = new SplayTree.Node(key, value);
  if (key > this.root_.key) { node.left = this.root_; node.right = this.root_.right; this.root_.right = null; }
  else { node.right = this.root_; node.left = this.root_.left; this.root_.left = null; }
  this.root_ = node;
};
SplayTree.prototype.remove = function (key) {
  if (this.isEmpty()) throw Error('Key not found: ' + key);
  this.splay_(key);
  if (this.root_.key != key) throw Error('Key not found: ' + key);
  var removed = this.root_;
  if (!this.root_.left) this.root_ = this.root_.right;
  else { var right = this.root_.right; this.root_ = this.root_.left; this.splay_(key); this.root_.right = right; }
  return removed;
};
SplayTree.prototype.find = function (key) { if (this.isEmpty()) return null; this.splay_(key); return this.root_.key == key ? this.root_ : null; };
SplayTree.prototype.findMax = function (opt_startNode) {
  if (this.isEmpty()) return null;
  var current = opt_startNode || this.root_;
  while (current.right) current = current.right;
  return current;
};
SplayTree.prototype.splay_ = function (key) {
  if (this.isEmpty()) return;
  var dummy, left, right;
  dummy = left = right = new SplayTree.Node(null, null);
  var current = this.root_;
  while (true) {
    if (key < current.key) {
      if (!current.left) break;
      if (key < current.left.key) { var tmp = current.left; current.left = tmp.right; tmp.right = current; current = tmp; if (!current.left) break; }
      right.left = current; right = current; current = current.left;
    } else if (key > current.key) {
      if (!current.right) break;
      if (key > current.right.key) { var tmp = current.right; current.right = tmp.left; tmp.left = current; current = tmp; if (!current.right) break; }
      left.right = current; left = current; current = current.right;
    } else break;
  }
  left.right = current.left; right.left = current.right; current.left = dummy.right; current.right = dummy.left;
  this.root_ = current;
};
SplayTree.prototype.exportKeys = function () {
  var result = [];
  if (!this.isEmpty()) this.root_.traverse_(function (node) { result.push(node.key); });
  return result;
};
SplayTree.Node = function (key, value) { this.key = key; this.value = value; };
SplayTree.Node.prototype.left = null;
SplayTree.Node.prototype.right = null;
SplayTree.Node.prototype.traverse_ = function (f) {
  var current = this;
  while (current) { var left = current.left; if (left) left.traverse_(f); f(current); current = current.right; }
};
var seed = 49734321;
function random() {
  seed = ((seed + 0x7ed55d16) + (seed << 12)) & 0xffffffff;
  seed = ((seed ^ 0xc761c23c) ^ (seed >>> 19)) & 0xffffffff;
  seed = ((seed + 0x165667b1) + (seed << 5)) & 0xffffffff;
  seed = ((seed + 0xd3a2646c) ^ (seed << 9)) & 0xffffffff;
  seed = ((seed + 0xfd7046c5) + (seed << 3)) & 0xffffffff;
  seed = ((seed ^ 0xb55a4f09) ^ (seed >>> 16)) & 0xffffffff;
  return (seed & 0xfffffff) / 0x10000000;
}
function payload(depth, tag) {
  if (depth == 0) return { array: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], string: 'String for key ' + tag + ' in leaf node' };
  return { left: payload(depth - 1, tag), right: payload(depth - 1, tag) };
}
var tree = new SplayTree();
function insertNew() {
  var key;
  do { key = random(); } while (tree.find(key) != null);
  tree.insert(key, payload(3, key));
  return key;
}
for (var i = 0; i < 150; i++) insertNew();
var removed = 0;
for (var round = 0; round < 3; round++) {
  for (var j = 0; j < 30; j++) {
    var key = insertNew();
    var greatest = tree.findMax();
    if (greatest.key > key) { tree.remove(key); removed++; }
  }
}
var keys = tree.exportKeys();
var sorted = true;
for (var k = 1; k < keys.length; k++) if (keys[k - 1] >= keys[k]) sorted = false;
console.log(keys.length, removed, sorted, keys[0], keys[keys.length - 1]);
console.log(tree.find(keys[100]).value.left.right.left.string.slice(0, 20));
try { tree.remove(2); } catch (e) { console.log(e.message, e instanceof Error); }
console.log(seed, random(), (0x7fffffff + 1) | 0, 0xffffffff & 0xffffffff, -1 >>> 0, 1 << 31, (1 << 31) >>> 0);

// expect: 150 90 true 0.0031540170311927795 0.9990169629454613
// expect: String for key 0.660
// expect: Key not found: 2 true
// expect: -728024829 0.1388552039861679 -2147483648 -1 4294967295 -2147483648 2147483648
