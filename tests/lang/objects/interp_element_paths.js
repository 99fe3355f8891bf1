// The interpreter's inline element paths and cached adds must leave every
// special case to the full semantics: frozen, sealed and non-extensible
// objects, holes (read through the prototype), mapped `arguments`, and
// adds past the in-object slots.
const frozen = Object.freeze([1, 2, 3]);
frozen[0] = 9; frozen[3] = 4;
console.log(frozen, frozen.length);
const fixed = Object.preventExtensions([1, , 3]);
fixed[1] = 2; fixed[0] = 5;
console.log(fixed, 1 in fixed);
Array.prototype[1] = "proto";
const holey = [0, , 2];
console.log(holey[1], holey.pop(), holey.pop(), holey.length);
delete Array.prototype[1];
function mapped(a, b) { arguments[0] = 10; arguments[1] = 20; return [a, b, arguments[0]]; }
console.log(mapped(1, 2), mapped(1));
// Element kinds: Smis, then doubles, then anything.
const kinds = [1, 2, 3];
for (let i = 0; i < 3; i++) kinds[i] = kinds[i] * 1.5;
kinds[0] = "s"; kinds[1] = null;
console.log(kinds);
// Object literals of growing size share cached adds; the fifth property
// moves the slots out of the object.
function make(i) { return { a: i, b: i + 1, c: i + 2, d: i + 3, e: i + 4, f: i + 5 }; }
let sum = 0;
for (let i = 0; i < 50; i++) { const o = make(i); sum += o.a + o.f; }
console.log(sum, make(1));
// A cached add meets an object that may no longer grow.
function addX(o) { o.x = 1; return o; }
addX({}); addX({});
const sealed = Object.seal({});
console.log(addX(sealed), Object.isExtensible(sealed));
const stopped = Object.preventExtensions({});
console.log(addX(stopped), "x" in stopped);
// pop and push keep length and elements in step.
const st = [];
for (let i = 0; i < 10; i++) st.push(i * i);
let popped = 0;
while (st.length > 3) popped += st.pop();
console.log(st, popped, st.pop(), st.length);
const big = [];
big[5] = 1;
console.log(big.pop(), big.pop(), big.length);
// expect: [ 1, 2, 3 ] 3
// expect: [ 5, <1 empty item>, 3 ] false
// expect: proto 2 proto 1
// expect: [ 10, 20, 10 ] [ 10, undefined, 10 ]
// expect: [ 's', null, 4.5 ]
// expect: 2700 { a: 1, b: 2, c: 3, d: 4, e: 5, f: 6 }
// expect: {} false
// expect: {} false
// expect: [ 0, 1 ] 280 4 2
// expect: 1 undefined 4
