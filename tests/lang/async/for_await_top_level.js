// node: skip (node 20.20 detects top-level await and runs the file as a module; as a CommonJS script it prints this error)
// `for await` at the top level of a script: node's CommonJS scripts refuse it.
console.log("never printed");
for await (const x of [1, 2]) console.log(x);
// expect error: SyntaxError: Unexpected reserved word
