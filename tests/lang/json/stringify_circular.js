// A structure that contains itself has no JSON text.
var node = { name: "a", children: [] };
node.children.push({ name: "b", parent: node });
console.log(JSON.stringify(node.children[0].name)); // expect: "b"
JSON.stringify(node);
// expect error: TypeError: Converting circular structure to JSON
