// %TypedArray%.prototype's methods.
const s = new Uint8Array(8);
s.set([1, 2, 3], 2);
s.set(new Uint8Array([9, 9]), 6);
console.log(s, s.fill(7, -2), s.reverse(), s.lastIndexOf(7), s.includes(9), s.indexOf(3));
console.log(s.find((x) => x > 2), s.findIndex((x) => x === 3), s.every((x) => x >= 0), s.some((x) => x > 100));
console.log([...s.keys()], [...s.entries()].slice(0, 2), s.at(-1), s.at(99), s.join(), s.join(" "));
for (const [i, v] of new Int8Array([4, 5]).entries()) console.log(i, v);
console.log(new Uint8Array([1, 2, 3]).map(String), new Float64Array([1, 2, 3]).filter((x, i) => i !== 1));
console.log(new Int8Array([100, 50]).map((x) => x * 2), new Float32Array([1, 2]).reduce((a, b) => a + b));
console.log(new Int16Array([1, 2, 3]).reduceRight((a, b) => a + "," + b), new Uint8Array(0).reduce((a, b) => a, "empty"));
const seen = [];
new Float64Array([1.5, 2.5]).forEach((v, i, arr) => seen.push(v, i, arr.length));
console.log(seen, new Float64Array([NaN]).includes(NaN), new Float64Array([NaN]).indexOf(NaN));
// sort: numeric by default, -0 before 0, NaN last; a comparator.
console.log(new Float64Array([3, NaN, -1, -0, 0, 2, 10]).sort(), new Int32Array([5, 1, 4, 10]).sort((a, b) => b - a));
console.log(new Uint32Array([3, 20, 100]).sort(), new Int8Array([1, 2, 3]).sort(() => 0));
// Array.from, spread, TypedArray.from/of
console.log(Array.from(new Float32Array([1.5, 2.25]), (x) => x * 2), [...new Uint8Array([5, 6])]);
console.log(Float64Array.from([1, 2], (x) => x / 4), Int16Array.of(1, 2, 3), Uint8Array.of(), Math.max(...new Int8Array([3, 9, 2])));
class V extends Float64Array {
  sum() {
    return this.reduce((a, b) => a + b, 0);
  }
}
const v = new V([1, 2, 3]);
console.log(v, v.sum(), v instanceof Float64Array, v.length, V.BYTES_PER_ELEMENT);
// expect: Uint8Array(8) [
// expect:   7, 7, 0, 3,
// expect:   2, 1, 0, 0
// expect: ] Uint8Array(8) [
// expect:   7, 7, 0, 3,
// expect:   2, 1, 0, 0
// expect: ] Uint8Array(8) [
// expect:   7, 7, 0, 3,
// expect:   2, 1, 0, 0
// expect: ] 1 false 3
// expect: 7 3 true false
// expect: [
// expect:   0, 1, 2, 3,
// expect:   4, 5, 6, 7
// expect: ] [ [ 0, 7 ], [ 1, 7 ] ] 0 undefined 7,7,0,3,2,1,0,0 7 7 0 3 2 1 0 0
// expect: 0 4
// expect: 1 5
// expect: Uint8Array(3) [ 1, 2, 3 ] Float64Array(2) [ 1, 3 ]
// expect: Int8Array(2) [ -56, 100 ] 3
// expect: 3,2,1 empty
// expect: [ 1.5, 0, 2, 2.5, 1, 2 ] true -1
// expect: Float64Array(7) [
// expect:   -1, -0,   0, 2,
// expect:    3, 10, NaN
// expect: ] Int32Array(4) [ 10, 5, 4, 1 ]
// expect: Uint32Array(3) [ 3, 20, 100 ] Int8Array(3) [ 1, 2, 3 ]
// expect: [ 3, 4.5 ] [ 5, 6 ]
// expect: Float64Array(2) [ 0.25, 0.5 ] Int16Array(3) [ 1, 2, 3 ] Uint8Array(0) [] 9
// expect: V(3) [Float64Array] [ 1, 2, 3 ] 6 true 3 8
