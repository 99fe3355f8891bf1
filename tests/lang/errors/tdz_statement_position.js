// Where a read of a name in its dead zone is reported. V8 gives the first
// instruction of a statement the statement's position, so when the read
// comes first it points at `if`/`switch`/`return`/`throw`/the expression
// statement; a loop condition's position is its outermost operator; a
// declaration's is its initializer; a read after other work is at the name.
function where(f) {
  try {
    f();
  } catch (e) {
    const l = e.stack.split("\n")[1];
    const m = l.slice(l.lastIndexOf(".js:") + 4).split(":");
    console.log(e.message, m[0] + ":" + parseInt(m[1]));
  }
}
where(function () {
  if (x) {}
  let x = 1;
});
where(function () {
  if (!x) {}
  let x = 1;
});
where(function () {
  if (x > 1) {}
  let x = 1;
});
where(function () {
  if (1 + x) {}
  let x = 1;
});
where(function () {
  while (x > 1) {}
  let x = 1;
});
where(function () {
  while (!x) {}
  let x = 1;
});
where(function () {
  while (x.a.b) {}
  let x = 1;
});
where(function () {
  while (x[0]) {}
  let x = 1;
});
where(function () {
  do {} while (x.a);
  let x = 1;
});
where(function () {
  for (let i = 0; x > i; i++) {}
  let x = 1;
});
where(function () {
  for (let i = 0; i < x; i++) {}
  let x = 1;
});
where(function () {
  switch (x) {}
  let x = 1;
});
where(function () {
  return x > 1;
  let x = 1;
});
where(function () {
  throw !x;
  let x = 1;
});
where(function () {
  x ? 1 : 2;
  let x = 1;
});
where(function () {
  var q = !x;
  let x = 1;
});
where(function () {
  return [x];
  let x = 1;
});
where(function () {
  x = 1;
  let x = 1;
});
where(function () {
  ++x;
  let x = 1;
});
// Captured: the same positions with the check at run time.
function outer() {
  where(function () {
    if (y.a) {}
  });
  where(function () {
    while (y > 1) {}
  });
  where(function () {
    return typeof y;
  });
  where(function () {
    ++y;
  });
  let y = 1;
}
outer();
where(function () {
  if (undeclared > 1) {}
});
// expect: Cannot access 'x' before initialization 16:3
// expect: Cannot access 'x' before initialization 20:3
// expect: Cannot access 'x' before initialization 24:3
// expect: Cannot access 'x' before initialization 28:11
// expect: Cannot access 'x' before initialization 32:12
// expect: Cannot access 'x' before initialization 36:10
// expect: Cannot access 'x' before initialization 40:14
// expect: Cannot access 'x' before initialization 44:11
// expect: Cannot access 'x' before initialization 48:18
// expect: Cannot access 'x' before initialization 52:21
// expect: Cannot access 'x' before initialization 56:23
// expect: Cannot access 'x' before initialization 60:3
// expect: Cannot access 'x' before initialization 64:3
// expect: Cannot access 'x' before initialization 68:3
// expect: Cannot access 'x' before initialization 72:3
// expect: Cannot access 'x' before initialization 76:11
// expect: Cannot access 'x' before initialization 80:11
// expect: Cannot access 'x' before initialization 84:5
// expect: Cannot access 'x' before initialization 88:3
// expect: Cannot access 'y' before initialization 94:5
// expect: Cannot access 'y' before initialization 97:14
// expect: Cannot access 'y' before initialization 100:5
// expect: Cannot access 'y' before initialization 103:5
// expect: undeclared is not defined 109:3
