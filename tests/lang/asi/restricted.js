// Restricted productions: a newline after return/break/continue ends the
// statement; a ++/-- on the next line is a prefix of the next statement.
function r1() {
  return
  42
}
function r2() {
  return (
    42
  )
}
console.log(r1(), r2())
let a = 1, b = 1
a
++b
console.log(a, b)
a
--
b
console.log(a, b)
let n = 0
out: for (let i = 0; i < 3; i++) {
  for (let j = 0; j < 3; j++) {
    n++
    continue
    out
  }
}
console.log(n)
m: for (;;) {
  for (;;) {
    break
    m
  }
  console.log("after inner")
  break
}
// expect: undefined 42
// expect: 1 2
// expect: 1 1
// expect: 9
// expect: after inner
