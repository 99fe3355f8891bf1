// An async function whose promise rejects with nobody listening ends the
// program after the microtasks drain, as node does (exit code 1), even
// when the throw comes after an await.
async function inner() {
  await null;
  throw new TypeError("thrown after an await");
}
async function outer() {
  await inner();
  console.log("never printed");
}
setTimeout(() => console.log("never printed either"), 0);
outer();
console.log("script done");
// expect: script done
// expect error: TypeError: thrown after an await
