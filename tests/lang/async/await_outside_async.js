// `await` is only an operator inside an async function: in an ordinary
// function (or an arrow inside an async function) node refuses it before
// running anything.
console.log("never printed");
async function ok() {
  [1, 2].forEach(function () { await 1; });
}
// expect error: SyntaxError: await is only valid in async functions and the top level bodies of modules
