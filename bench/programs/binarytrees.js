// binarytrees: the benchmarks game's binary trees at depth 16. A stretch tree
// of depth 17, a long-lived tree of depth 16 kept for the whole run, and for
// each even depth d from 4 to 16, 2^(20 - d) trees of depth d built and
// walked (about 2 million nodes per depth): allocation of short-lived
// objects, garbage collection, property reads, recursion.
function bottomUp(depth) {
  if (depth === 0) return { left: null, right: null };
  return { left: bottomUp(depth - 1), right: bottomUp(depth - 1) };
}

function itemCheck(node) {
  if (node.left === null) return 1;
  return 1 + itemCheck(node.left) + itemCheck(node.right);
}

function run(maxDepth) {
  const minDepth = 4;
  const checks = [itemCheck(bottomUp(maxDepth + 1))];
  const longLived = bottomUp(maxDepth);
  for (let depth = minDepth; depth <= maxDepth; depth += 2) {
    const iterations = 1 << (maxDepth - depth + minDepth);
    let check = 0;
    for (let i = 0; i < iterations; i++) {
      check += itemCheck(bottomUp(depth));
    }
    checks.push(check);
  }
  checks.push(itemCheck(longLived));
  return checks.join(" ");
}

console.log(run(16));
