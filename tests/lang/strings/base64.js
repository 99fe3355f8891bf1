// btoa/atob: Base64 of binary strings (one byte per code unit), forgiving
// whitespace and padding in atob, InvalidCharacterError for bad input.
console.log(btoa("hello"), atob("aGVsbG8="), btoa("\xff\xfe"), btoa(""), atob(""), btoa("ab"), btoa("abc"), btoa("abcd"));
console.log(atob(" aGVs bG8 "), atob("aGVsbG8"), atob("aGVsbA"), typeof btoa, btoa.length, atob(btoa("\x00\x01\x80\xff")).split("").map(c => c.charCodeAt(0)));
for (const bad of ["a", "a===", "ab=c", "@@@@"]) { try { atob(bad); console.log("ok", bad); } catch (e) { console.log(e.name, e.message, e instanceof Error); } }
try { btoa("\u0100"); } catch (e) { console.log(e.name, e.message); }
try { btoa(); } catch (e) { console.log(e.name, e.message); }
console.log(btoa(12345), btoa(null), atob(btoa("😀".slice(0, 0))));
// expect: aGVsbG8= hello //4=   YWI= YWJj YWJjZA==
// expect: hello hello hell function 1 [ 0, 1, 128, 255 ]
// expect: InvalidCharacterError The string to be decoded is not correctly encoded. true
// expect: InvalidCharacterError Invalid character true
// expect: InvalidCharacterError Invalid character true
// expect: InvalidCharacterError Invalid character true
// expect: InvalidCharacterError Invalid character
// expect: TypeError The "input" argument must be specified
// expect: MTIzNDU= bnVsbA== 
