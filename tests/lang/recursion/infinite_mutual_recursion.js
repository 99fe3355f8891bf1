// Unbounded mutual recursion also ends with a RangeError.
function ping(n) { return pong(n + 1); }
function pong(n) { return ping(n + 1); }
ping(0);
// expect error: RangeError: Maximum call stack size exceeded
