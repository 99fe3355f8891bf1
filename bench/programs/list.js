// list: a singly linked list of {value, next} objects -- built, reversed in
// place and summed, over and over: allocation and property reads/writes.
const LENGTH = 10000;
const ROUNDS = 1000;

function build(n) {
  let head = null;
  for (let i = 0; i < n; i++) {
    head = { value: i, next: head };
  }
  return head;
}

function reverse(list) {
  let prev = null;
  let node = list;
  while (node !== null) {
    const next = node.next;
    node.next = prev;
    prev = node;
    node = next;
  }
  return prev;
}

function sum(list) {
  let s = 0;
  let pos = 0;
  let node = list;
  while (node !== null) {
    s = (s + node.value * (pos % 7 + 1)) % 1000003;
    pos = pos + 1;
    node = node.next;
  }
  return s;
}

let checksum = 0;
for (let r = 0; r < ROUNDS; r++) {
  let list = build(LENGTH + r);
  checksum = (checksum + sum(list)) % 1000003;
  list = reverse(list);
  checksum = (checksum + sum(list)) % 1000003;
  list = reverse(list);
  checksum = (checksum + sum(list)) % 1000003;
}
console.log(checksum);
