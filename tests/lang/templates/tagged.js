// Tagged templates: strings, raw strings, values, one frozen array per site.
function tag(strings, x, y) {
  return JSON.stringify(strings) + " " + JSON.stringify(strings.raw) + " " + x + " " + y;
}
console.log(tag`a${1}b\n${2}c`);
console.log(tag`\unicode and \x and \u{110000}`);
function same(s) { return s; }
let sites = [];
for (let i = 0; i < 3; i++) sites.push(same`one ${i} site`);
console.log(sites[0] === sites[1], sites[1] === sites[2], same`x` === same`x`);
console.log(Object.isFrozen(sites[0]), Object.isFrozen(sites[0].raw), sites[0].length, sites[0].raw.length);
console.log(Object.keys(sites[0]));
const obj = {
  name: "obj",
  t(s, v) { return this.name + ":" + s[0] + v + s[1]; },
};
console.log(obj.t`<${1}>`, obj["t"]`[${2}]`);
function count(s) { return s.length; }
console.log(count``, count`${1}${2}`);
// expect: ["a","b\n","c"] ["a","b\\n","c"] 1 2
// expect: [null] ["\\unicode and \\x and \\u{110000}"] undefined undefined
// expect: true true false
// expect: true true 2 2
// expect: [ '0', '1' ]
// expect: obj:<1> obj:[2]
// expect: 1 3
