// The URI functions and Annex B's escape/unescape, on UTF-16 code units:
// lone surrogates and malformed UTF-8 escapes are URIErrors.
console.log(encodeURIComponent("a b&c/ü?x=1#h;,+$@:'()*!~-_."), encodeURI("http://x.y/a b?q=ü&r=1#frag;,+$@:"));
console.log(decodeURIComponent("%C3%BC%20%2F%3F"), decodeURI("%C3%BC%20%2F%3F%23%41"), decodeURIComponent("%F0%9F%98%80").length);
console.log(encodeURIComponent("😀"), encodeURIComponent("\0\x7f"), encodeURIComponent(123), encodeURIComponent(), decodeURIComponent("%e2%82%ac"));
for (const bad of ["%", "%4", "%zz", "%C3", "%C3%28", "%80", "%F8%80%80%80%80", "%ED%A0%80", "%C0%80", "%F4%90%80%80"]) {
  try { decodeURIComponent(bad); console.log("ok", bad); } catch (e) { console.log(bad, e.name, e.message, e instanceof URIError); }
}
for (const bad of ["\uD800", "\uDC00x", "a\uD800b"]) {
  try { encodeURIComponent(bad); console.log("ok"); } catch (e) { console.log(e.name, e.message); }
}
console.log(escape("a b+c/ü€@*_-."), unescape("%u20AC%FC%20%zz%u12"), unescape(escape("\uD83D\uDE00x")));
console.log(encodeURIComponent.name, encodeURIComponent.length, decodeURI.length, typeof escape);
// expect: a%20b%26c%2F%C3%BC%3Fx%3D1%23h%3B%2C%2B%24%40%3A'()*!~-_. http://x.y/a%20b?q=%C3%BC&r=1#frag;,+$@:
// expect: ü /? ü %2F%3F%23A 2
// expect: %F0%9F%98%80 %00%7F 123 undefined €
// expect: % URIError URI malformed true
// expect: %4 URIError URI malformed true
// expect: %zz URIError URI malformed true
// expect: %C3 URIError URI malformed true
// expect: %C3%28 URIError URI malformed true
// expect: %80 URIError URI malformed true
// expect: %F8%80%80%80%80 URIError URI malformed true
// expect: %ED%A0%80 URIError URI malformed true
// expect: %C0%80 URIError URI malformed true
// expect: %F4%90%80%80 URIError URI malformed true
// expect: URIError URI malformed
// expect: URIError URI malformed
// expect: URIError URI malformed
// expect: a%20b+c/%FC%u20AC@*_-. €ü %zz%u12 😀x
// expect: encodeURIComponent 1 1 function
