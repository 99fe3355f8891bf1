const a = require('./cycle_a');
// a is still loading: b sees the exports it has filled so far.
exports.sawADone = a.done;
exports.aKeys = Object.keys(a);
