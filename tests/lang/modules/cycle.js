// A cycle: a requires b, which requires a while a is still running and
// gets a's exports as they are at that moment.
const a = require('./required/cycle_a');
const b = require('./required/cycle_b');
console.log(a, b);
// expect: { done: true, bSawADone: false } { sawADone: false, aKeys: [ 'done' ] }
