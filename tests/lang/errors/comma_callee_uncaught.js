// An uncaught call through a comma expression: V8's spacing, " , ".
var o = { f: 1 };
(0, o.f)();
// expect error: TypeError: (0 , o.f) is not a function
