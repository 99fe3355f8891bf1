// Past the depth limit node names a Map or Set iterator by constructor and
// tag, and an arguments object as an [Object].
var m = new Map([[1, 2]]), s = new Set([1]);
function args() { return arguments; }
console.log([[[m.entries(), s.values(), args(1, 2)]]]); // expect: [ [ [ [Object [Map Iterator]], [Object [Set Iterator]], [Object] ] ] ]
console.log([[[m.keys(), args()]]]); // expect: [ [ [ [Object [Map Iterator]], [Arguments] {} ] ] ]
