// The common escape sequences.
console.log("a\nb");
// expect: a
// expect: b
console.log("tab:\t|"); // expect: tab:	|
console.log("back\\slash"); // expect: back\slash
console.log('it\'s'); // expect: it's
console.log("\"quoted\""); // expect: "quoted"
console.log('\"also\"'); // expect: "also"
console.log("\'fine\'"); // expect: 'fine'
console.log("\n".length); // expect: 1
console.log("\t".length); // expect: 1
console.log("\\".length); // expect: 1
console.log("\\n".length); // expect: 2
console.log("x\ny\nz".length); // expect: 5
