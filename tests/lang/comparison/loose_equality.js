// == conversion rules.
console.log(null == undefined); // expect: true
console.log(undefined == null); // expect: true
console.log(null == 0); // expect: false
console.log(undefined == 0); // expect: false
console.log(null == false); // expect: false
console.log(null == ""); // expect: false
console.log("1" == 1); // expect: true
console.log(1 == "1.0"); // expect: true
console.log(true == 1); // expect: true
console.log(true == "1"); // expect: true
console.log(true == 2); // expect: false
console.log(false == ""); // expect: true
console.log(false == "0"); // expect: true
console.log("" == 0); // expect: true
console.log(" \t" == 0); // expect: true
console.log("0" == ""); // expect: false
console.log(NaN == NaN); // expect: false
console.log("NaN" == NaN); // expect: false
console.log("abc" == "abc"); // expect: true
console.log("1e3" == 1000); // expect: true
console.log("0x10" == 16); // expect: true
console.log(1 != "1"); // expect: false
console.log(null != undefined); // expect: false
console.log(null != 0); // expect: true
