// A string callback is named without quotes.
[1].filter("abc");
// expect error: TypeError: abc is not a function
