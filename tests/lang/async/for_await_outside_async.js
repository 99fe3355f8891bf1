// `for await` is only valid in an async function (or an async
// generator): in an ordinary function node refuses it before running.
console.log("never printed");
function f(items) {
  for await (const x of items) console.log(x);
}
// expect error: SyntaxError: Unexpected reserved word
