// Basic if / else.
if (true) console.log("then"); // expect: then
if (false) console.log("no");
if (false) console.log("no"); else console.log("else"); // expect: else
let x = 5;
if (x > 3) {
  console.log("big"); // expect: big
} else {
  console.log("small");
}
if (x < 3) {
  console.log("small");
} else {
  console.log("not small"); // expect: not small
}
if (x) console.log("truthy number"); // expect: truthy number
