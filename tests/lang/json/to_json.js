// toJSON: an object that has one is serialized as what it returns; it gets
// the key as its argument.
var money = { amount: 5, toJSON: function (key) { return this.amount + " EUR (" + key + ")"; } };
console.log(JSON.stringify(money)); // expect: "5 EUR ()"
console.log(JSON.stringify({ price: money, list: [money] })); // expect: {"price":"5 EUR (price)","list":["5 EUR (0)"]}
function Temp(c) { this.c = c; }
Temp.prototype.toJSON = function () { return { celsius: this.c, fahrenheit: this.c * 9 / 5 + 32 }; };
console.log(JSON.stringify([new Temp(100), new Temp(0)])); // expect: [{"celsius":100,"fahrenheit":212},{"celsius":0,"fahrenheit":32}]
var gone = { toJSON: function () { return undefined; } };
console.log(JSON.stringify({ a: gone, b: 1 }), JSON.stringify([gone]), JSON.stringify(gone)); // expect: {"b":1} [null] undefined
var notFn = { toJSON: 5, x: 1 };
console.log(JSON.stringify(notFn)); // expect: {"toJSON":5,"x":1}
function shout(key, value) { return typeof value === "string" ? value + "!" : value; }
console.log(JSON.stringify({ t: { toJSON: function () { return "hey"; } } }, shout)); // expect: {"t":"hey!"}
