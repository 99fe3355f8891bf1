// split with a string separator, no separator, an empty separator, and a limit.
function show(a) {
  let r = "";
  for (let i = 0; i < a.length; i++) r += (i > 0 ? "|" : "") + a[i];
  return a.length + ":[" + r + "]";
}
console.log(show("a,b,c".split(","))); // expect: 3:[a|b|c]
console.log(show("a,b,,c,".split(","))); // expect: 5:[a|b||c|]
console.log(show(",a,".split(","))); // expect: 3:[|a|]
console.log(show("a--b--c".split("--"))); // expect: 3:[a|b|c]
console.log(show("abc".split(""))); // expect: 3:[a|b|c]
console.log(show("abc".split())); // expect: 1:[abc]
console.log(show("abc".split(undefined))); // expect: 1:[abc]
console.log(show("".split(","))); // expect: 1:[]
console.log(show("".split(""))); // expect: 0:[]
console.log(show("abc".split("x"))); // expect: 1:[abc]
console.log(show("abc".split("abc"))); // expect: 2:[|]
console.log(show("a,b,c".split(",", 2))); // expect: 2:[a|b]
console.log(show("a,b,c".split(",", 0))); // expect: 0:[]
console.log(show("a,b,c".split(",", -1))); // expect: 3:[a|b|c]
console.log(show("abc".split("", 2))); // expect: 2:[a|b]
console.log(show("abc".split(undefined, 0))); // expect: 0:[]
console.log(show("a1b1c".split(1))); // expect: 3:[a|b|c]
console.log(show("anullb".split(null))); // expect: 2:[a|b]
console.log(show("a😀b".split(""))); // expect: 4:[a|�|�|b]
console.log("a😀b".split("")[1] === "\uD83D"); // expect: true
console.log(show("x😀y😀z".split("😀"))); // expect: 3:[x|y|z]
console.log(show("一,二,三".split(","))); // expect: 3:[一|二|三]
console.log(show("one two  three".split(" "))); // expect: 4:[one|two||three]
let words = "the cat sat on the mat".split(" ");
let longest = "";
for (let i = 0; i < words.length; i++) if (words[i].length > longest.length) longest = words[i];
console.log(words.length, longest); // expect: 6 the
