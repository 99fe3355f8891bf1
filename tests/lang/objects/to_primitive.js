// ToPrimitive on objects: valueOf then toString (default and number hint),
// toString then valueOf (string hint), with the Object.prototype defaults.
var plain = {};
console.log("" + plain, plain + 1, 1 + plain); // expect: [object Object] [object Object]1 1[object Object]
var money = { valueOf: function () { return 42; }, toString: function () { return "$42"; } };
console.log(money + 1, money * 2, +money, money > 41, money + ""); // expect: 43 84 42 true 42
console.log("cost: " + money, money == 42, money === 42); // expect: cost: 42 true false
var key = {};
key[money] = "by string";
console.log(JSON.stringify(Object.keys(key))); // expect: ["$42"]
var named = { toString: function () { return "named"; } };
console.log(named + "!", named < "z", named > "a", named == "named"); // expect: named! true true true
var onlyValue = { valueOf: function () { return 7; } };
console.log(onlyValue + 1, "" + onlyValue, onlyValue < 8); // expect: 8 7 true
var objValue = { valueOf: function () { return {}; }, toString: function () { return "5"; } };
console.log(objValue * 2, objValue + 1); // expect: 10 51
var calls = [];
var a = { valueOf: function () { calls.push("a"); return 1; } };
var b = { valueOf: function () { calls.push("b"); return 2; } };
console.log(a + b, a < b, JSON.stringify(calls)); // expect: 3 true ["a","b","a","b"]
function F() {}
F.prototype.valueOf = function () { return 10; };
console.log(new F() + 5, new F() - 1); // expect: 15 9
console.log(typeof {}, typeof [], typeof null, typeof Object); // expect: object object object function
var k = {};
k[plain] = 1;
console.log(JSON.stringify(k)); // expect: {"[object Object]":1}
