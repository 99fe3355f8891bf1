// Where a too-long string is reported when a template literal makes it:
// V8 marks a template's substitutions, not its literal parts, so an error
// in `s += `...`` or after the last substitution points at that substitution.
function at(f) {
  try {
    f();
  } catch (e) {
    console.log(e.name, e.stack.split("\n")[1].match(/:(\d+:\d+)\)?$/)[1]);
  }
}
const big = "x".repeat(2 ** 28 + 5);
const one = "1";
at(() => { let s = big; s += big; });
at(() => { let s = big; s = s + big; });
at(() => { let s = big; s += `${one}${big}`; });
at(() => { let s = big; s += `a${big}b`; });
at(() => { let s = big; s += `a${one}b`; s += `a${big}b`; });
at(() => { let s = `a${big}${big}b`; });
at(() => { let s = `a${big}b${big}c`; });
at(() => { let s = `${big}${one.length}${big}`; });
at(() => { let s = big; s += `<${(one, big)}>`; });
// expect: RangeError 13:30
// expect: RangeError 14:31
// expect: RangeError 15:39
// expect: RangeError 16:34
// expect: RangeError 17:51
// expect: RangeError 18:30
// expect: RangeError 19:31
// expect: RangeError 20:42
// expect: RangeError 21:40
