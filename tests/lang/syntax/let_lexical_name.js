// let may not name a let or const binding.
const let = 1;
// expect error: SyntaxError: let is disallowed as a lexically bound name
