// A later declaration of the same function name wins, even before it.
console.log(which()); // expect: second
function which() { return "first"; }
function which() { return "second"; }
console.log(which()); // expect: second
