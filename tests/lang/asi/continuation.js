// No insertion where the next line can continue the expression: a line
// starting with ( [ . ` or a binary operator continues the previous one.
function f(x) { return { k: x } }
function g(s, v) { return s.raw[0] + v + s.raw[1] }
let arr = [10, 20, 30]
let x = arr
[1]
console.log(x)
let y = f
(1)
console.log(y.k)
let s = "abc"
.toUpperCase()
console.log(s)
let t = g
`a${1}b`
console.log(t)
let z = 1
-1
+ 5
console.log(z)
let c = true
? "yes"
: "no"
console.log(c)
let obj = { k: 1 }
let w = obj
?.k
console.log(w)
let i = 0
do i++
while (i < 3) console.log(i)
let q = 1; { q = 2 } console.log(q)
if (q)
  console.log("if")
else
  console.log("else")
for (let j = 0
  ; j < 2
  ; j++
) console.log(j)
// expect: 20
// expect: 1
// expect: ABC
// expect: a1b
// expect: 5
// expect: yes
// expect: 1
// expect: 3
// expect: 2
// expect: if
// expect: 0
// expect: 1
