// for...in lists a string's characters, and a String object's too, before
// its own named properties.
for (const k in "ab") console.log("s", k);
// expect: s 0
// expect: s 1
const boxed = new String("xy");
boxed.extra = 1;
for (const k in boxed) console.log("S", k);
// expect: S 0
// expect: S 1
// expect: S extra
for (const k in Object("")) console.log("never", k);
console.log(Object.keys(boxed)); // expect: [ '0', '1', 'extra' ]
