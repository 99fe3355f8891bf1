# binarytrees: the benchmarks game's binary trees at depth 16 (see
# binarytrees.js). Nodes are a small class with __slots__; null is None.


class Node:
    __slots__ = ("left", "right")

    def __init__(self, left, right):
        self.left = left
        self.right = right


def bottom_up(depth):
    if depth == 0:
        return Node(None, None)
    return Node(bottom_up(depth - 1), bottom_up(depth - 1))


def item_check(node):
    if node.left is None:
        return 1
    return 1 + item_check(node.left) + item_check(node.right)


def run(max_depth):
    min_depth = 4
    checks = [item_check(bottom_up(max_depth + 1))]
    long_lived = bottom_up(max_depth)
    for depth in range(min_depth, max_depth + 1, 2):
        iterations = 1 << (max_depth - depth + min_depth)
        check = 0
        for _ in range(iterations):
            check += item_check(bottom_up(depth))
        checks.append(check)
    checks.append(item_check(long_lived))
    return " ".join(str(c) for c in checks)


print(run(16))
