// binarytrees in small: a long-lived tree kept across the collections
// that free many short-lived ones (objects of two properties, the size
// every tree node has).
function bottomUp(depth) {
  if (depth === 0) return { left: null, right: null };
  return { left: bottomUp(depth - 1), right: bottomUp(depth - 1) };
}
function itemCheck(node) {
  if (node.left === null) return 1;
  return 1 + itemCheck(node.left) + itemCheck(node.right);
}
const longLived = bottomUp(10);
let check = 0;
for (let i = 0; i < 200; i++) check += itemCheck(bottomUp(6));
console.log(check, itemCheck(longLived)); // expect: 25400 2047
