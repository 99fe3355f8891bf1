let o = {};
let [o.x] = [1];
// expect error: SyntaxError: Illegal property in declaration context
