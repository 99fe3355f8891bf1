// break and continue leave try and catch blocks through finally.
const out = [];
for (let i = 0; i < 5; i++) {
  try {
    if (i === 1) continue;
    if (i === 3) break;
    out.push("body " + i);
  } finally {
    out.push("finally " + i);
  }
}
console.log(out.join(" | "));
let n = 0;
while (true) {
  try {
    try {
      n++;
      if (n > 2) break;
    } finally {
      out.length = 0;
      out.push("inner " + n);
    }
  } finally {
    out.push("outer " + n);
  }
}
console.log(n, out.join(" | "));
// A break in finally overrides a throw.
let k = 0;
for (;;) {
  try {
    throw new Error("dropped");
  } finally {
    k++;
    break;
  }
}
console.log("after break", k);
// continue in catch, nested loops.
const seen = [];
for (const a of [1, 2]) {
  for (const b of [1, 2, 3]) {
    try {
      if (b === 2) throw b;
      seen.push(a + "" + b);
    } catch (e) {
      continue;
    } finally {
      seen.push("f");
    }
  }
}
console.log(seen.join(","));
// A return through two finallies inside a loop.
function twoLevels() {
  const steps = [];
  for (let i = 0; i < 3; i++) {
    try {
      try {
        if (i === 1) return steps.concat("ret").join(" ");
      } finally {
        steps.push("in" + i);
      }
    } finally {
      steps.push("out" + i);
    }
  }
  return "never";
}
console.log(twoLevels());
// expect: body 0 | finally 0 | finally 1 | body 2 | finally 2 | finally 3
// expect: 3 inner 3 | outer 3
// expect: after break 1
// expect: 11,f,f,13,f,21,f,f,23,f
// expect: in0 out0 ret
