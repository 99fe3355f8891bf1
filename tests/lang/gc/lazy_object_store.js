// An object's out-of-line parts (more than four named properties,
// elements, a dictionary, sparse elements) are made on first use; each
// kind of first use on objects that collections find at every stage.
function make(i) {
  const o = { a: i, b: i + 1 };
  return o;
}
const kept = [];
for (let i = 0; i < 2000; i++) {
  const o = make(i);
  if (i % 5 === 0) {
    o.c = "c" + i;
    o.d = i * 0.5;
    o.e = [i]; // the fifth property moves the slots out of the object
  }
  if (i % 7 === 0) o[0] = i; // the first element
  if (i % 11 === 0) o[5000] = i; // far away: sparse elements
  if (i % 13 === 0) delete o.a; // dictionary mode
  kept.push(o);
}
let sum = 0;
for (const o of kept) {
  sum += o.b;
  if (o.e) sum += o.e[0] + o.d;
  if (o[0] !== undefined) sum += o[0];
  if (o[5000] !== undefined) sum += o[5000];
  if (o.a !== undefined) sum += o.a;
}
console.log(sum); // expect: 4911813
console.log(Object.keys(kept[0]).join()); // expect: 0,5000,b,c,d,e
console.log(Object.keys(kept[10]).join()); // expect: a,b,c,d,e
console.log(JSON.stringify(kept[35])); // expect: {"0":35,"a":35,"b":36,"c":"c35","d":17.5,"e":[35]}
const empty = [];
console.log(empty.length, empty[0], Object.keys({}).length); // expect: 0 undefined 0
empty.push(1, 2);
console.log(empty.join()); // expect: 1,2
