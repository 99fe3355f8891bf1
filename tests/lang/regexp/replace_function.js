// Function replacers get (match, p1.., offset, string, groups).
console.log("a1b2".replace(/\d/g, (m, off, str) => `<${m}@${off}/${str.length}>`));
console.log("x-y".replace(/(\w)-(\w)/, (m, a, b, off) => b + a + off));
console.log("2020-12".replace(/(?<y>\d+)-(?<m>\d+)/, (...args) => JSON.stringify(args)));
console.log("aaa".replace(/a/g, () => 1), "abc".replace(/z/g, () => "never"));
let calls = 0;
console.log("hello world".replace(/o/g, (m) => { calls++; return m.toUpperCase(); }), calls);
console.log("abc".replace(/(z)?b/, (m, p1) => String(p1)));
// expect: a<1@1/4>b<2@3/4>
// expect: yx0
// expect: ["2020-12","2020","12",0,"2020-12",{"y":"2020","m":"12"}]
// expect: 111 abc
// expect: hellO wOrld 2
// expect: aundefinedc
