exports.done = false;
const b = require('./cycle_b');
exports.bSawADone = b.sawADone;
exports.done = true;
