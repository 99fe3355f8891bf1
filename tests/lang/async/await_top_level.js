// node: skip (node 20.20 detects top-level await and runs the file as a module; as a CommonJS script it prints this error)
// `await` at the top level of a script: node's CommonJS scripts refuse it.
console.log("never printed");
await Promise.resolve(1);
// expect error: SyntaxError: await is only valid in async functions and the top level bodies of modules
