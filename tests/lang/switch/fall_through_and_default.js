// switch: strict equality, fall-through, default in the middle, break.
function f(x) {
  let out = "";
  switch (x) {
    case 1:
      out += "one ";
    case 2:
      out += "two ";
      break;
    default:
      out += "default ";
    case 3:
      out += "three ";
      break;
    case "4":
      out += "string four ";
  }
  return out;
}
console.log(f(1));
console.log(f(2));
console.log(f(3));
console.log(f(4));
console.log(f("4"));
console.log(f("1"));
console.log(f(NaN));
// expect: one two 
// expect: two 
// expect: three 
// expect: default three 
// expect: string four 
// expect: default three 
// expect: default three 
