// A module with state of its own: its top-level bindings are not globals.
let count = 0;
const label = 'counter';
exports.next = () => ++count;
exports.label = label;
exports.topThis = this === exports;
exports.isMain = require.main === module;
exports.file = __filename.endsWith('counter.js') && __dirname.endsWith('required');
