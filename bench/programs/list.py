# list: a singly linked list of Node(value, next) objects -- built, reversed
# in place and summed, over and over: allocation and attribute reads/writes.
LENGTH = 10000
ROUNDS = 1000


class Node:
    __slots__ = ("value", "next")

    def __init__(self, value, next):
        self.value = value
        self.next = next


def build(n):
    head = None
    for i in range(n):
        head = Node(i, head)
    return head


def reverse(lst):
    prev = None
    node = lst
    while node is not None:
        nxt = node.next
        node.next = prev
        prev = node
        node = nxt
    return prev


def total(lst):
    s = 0
    pos = 0
    node = lst
    while node is not None:
        s = (s + node.value * (pos % 7 + 1)) % 1000003
        pos = pos + 1
        node = node.next
    return s


def main():
    checksum = 0
    for r in range(ROUNDS):
        lst = build(LENGTH + r)
        checksum = (checksum + total(lst)) % 1000003
        lst = reverse(lst)
        checksum = (checksum + total(lst)) % 1000003
        lst = reverse(lst)
        checksum = (checksum + total(lst)) % 1000003
    print(checksum)


main()
