// V8 names a built-in function in messages by its source text, and a
// function's prototype cannot be deleted even before it is first read.
"use strict";
try { delete Object.prototype; } catch (e) { console.log(e.message); }
// expect: Cannot delete property 'prototype' of function Object() { [native code] }
function foo(a) { return a; }
try { delete foo.prototype; } catch (e) { console.log(e.message); }
// expect: Cannot delete property 'prototype' of function foo(a) { return a; }
try { Math.max.name = "x"; } catch (e) { console.log(e.message); }
// expect: Cannot assign to read only property 'name' of function 'function max() { [native code] }'
const bound = foo.bind(null);
try { bound.name = "x"; } catch (e) { console.log(e.message); }
// expect: Cannot assign to read only property 'name' of function 'function () { [native code] }'
