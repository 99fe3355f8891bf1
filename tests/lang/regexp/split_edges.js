// split with a regexp: captures spliced in, limits, empty matches.
console.log("a, b,c ,d".split(/\s*,\s*/));
console.log("a1b2c3".split(/(\d)/), "a1b2c3".split(/(\d)/, 3), "a1b2c3".split(/\d/, 0));
console.log("abc".split(/(?:)/), "abc".split(/b*/), "".split(/x/), "".split(/(?:)/));
console.log("a,b".split(/(,)|(;)/), "one  two".split(/(\s)+/));
console.log("test".split(/(?=s)/), "𝒳a𝒳".split(/(?:)/u).length, "𝒳a".split(/(?:)/).length);
const r = /,/g;
r.lastIndex = 3;
console.log("x,y,z".split(r, 2), r.lastIndex);
// expect: [ 'a', 'b', 'c', 'd' ]
// expect: [
// expect:   'a', '1', 'b',
// expect:   '2', 'c', '3',
// expect:   ''
// expect: ] [ 'a', '1', 'b' ] []
// expect: [ 'a', 'b', 'c' ] [ 'a', 'c' ] [ '' ] []
// expect: [ 'a', ',', undefined, 'b' ] [ 'one', ' ', 'two' ]
// expect: [ 'te', 'st' ] 3 3
// expect: [ 'x', 'y' ] 3
