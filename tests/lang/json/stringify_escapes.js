// JSON.stringify's string escapes: quote, backslash, control characters,
// lone surrogates; everything else (accents, emoji) as is.
console.log(JSON.stringify("say \"hi\"")); // expect: "say \"hi\""
console.log(JSON.stringify("back\\slash /")); // expect: "back\\slash /"
console.log(JSON.stringify("\b\f\n\r\t")); // expect: "\b\f\n\r\t"
console.log(JSON.stringify("\u0000\u0001\u001f\u007f")); // expect: "\u0000\u0001\u001f"
console.log(JSON.stringify("caf\u00e9 \ud83d\ude00")); // expect: "café 😀"
console.log(JSON.stringify("\ud800"), JSON.stringify("\udfff"), JSON.stringify("a\ud800b\udc00c")); // expect: "\ud800" "\udfff" "a\ud800b\udc00c"
console.log(JSON.stringify("\udc00\ud800"), JSON.stringify("\ud83d\ude00"[0])); // expect: "\udc00\ud800" "\ud83d"
console.log(JSON.stringify({ "key \"q\"": 1, "new\nline": 2 })); // expect: {"key \"q\"":1,"new\nline":2}
console.log(JSON.stringify(["\t", "\u0019"])); // expect: ["\t","\u0019"]
