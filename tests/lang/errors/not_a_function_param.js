// Calling a parameter that holds a string.
function run(cb) { return cb(); }
function ok() { return "ok"; }
console.log(run(ok)); // expect: ok
run("ok");
// expect error: TypeError: cb is not a function
