const o = { f: 1 };
o.f?.();
// expect error: TypeError: o.f is not a function
