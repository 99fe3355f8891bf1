// Array.prototype.toString joins with commas (through this.join).
console.log([1, 2] + "", [] + [], +[], +[5], [1, [2, 3]] + "!"); // expect: 1,2  0 5 1,2,3!
console.log([1] < [2], [10] < [9], [null, undefined, 3] + ""); // expect: true true ,,3
console.log([1, 2, 3] + "" === "1,2,3", "" + [{}]); // expect: true [object Object]
var fake = { join: function () { return "joined"; } };
console.log(Array.prototype.toString.call(fake), Array.prototype.toString.call({})); // expect: joined [object Object]
