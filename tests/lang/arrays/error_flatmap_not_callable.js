// flatMap words its error its own way.
[1].flatMap();
// expect error: TypeError: flatMap mapper function is not callable
