// CommonJS `require` of files, as node runs it: a relative path from the
// requiring file, with `.js`, `.json` and `/index.js` tried in turn; each
// module runs once and is cached by its absolute path.
const counter = require('./required/counter');
const again = require('./required/counter.js');
console.log(counter === again, counter.next(), again.next(), counter.label);
// expect: true 1 2 counter
console.log(counter.topThis, counter.isMain, counter.file);
// expect: true false true
console.log(typeof count, typeof label);
// expect: undefined undefined
const { Square } = require('./required/shapes');
console.log(new Square(7).area(), new Square(3));
// expect: 49 Square { side: 3 }
const config = require('./required/config.json');
console.log(config, config === require('./required/config'));
// expect: { name: 'stitch', tiers: [ 0, 1 ], nested: { ok: true } } true
console.log(require.main === module, typeof require.cache, module.loaded);
// expect: true object false
console.log(__filename.endsWith('required.js'), __dirname.endsWith('modules'));
// expect: true true
// A hot loop calling into a module: compiled code calls module functions.
const { square } = require('./required/math');
let sum = 0;
for (let i = 0; i < 20000; i++) sum += square(i % 100);
console.log(sum);
// expect: 65670000
