// Classes are not part of the language.
// node: skip (valid JavaScript outside the subset)
class Point {}
console.log(1);
// expect error: SyntaxError: stitch does not support classes (`class`)
