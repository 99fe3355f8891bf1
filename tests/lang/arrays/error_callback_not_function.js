// A non-callable callback is named the way V8 names it: objects by class.
[1, 2].forEach({});
// expect error: TypeError: #<Object> is not a function
