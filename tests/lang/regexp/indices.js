// The d flag adds indices (start/end pairs) to exec results.
const m = /(?<w>b+)(c)?/d.exec("abbd");
console.log(m.indices[0], m.indices[1], m.indices[2], m.indices.groups.w);
console.log(/x/d.hasIndices, /x/.hasIndices, /x/dg.flags);
// expect: [ 1, 3 ] [ 1, 3 ] undefined [ 1, 3 ]
// expect: true false dg
