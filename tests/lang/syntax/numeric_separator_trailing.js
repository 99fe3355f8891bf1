// A trailing underscore in a number.
let n = 100_;
// expect error: SyntaxError: Numeric separators are not allowed at the end of numeric literals
