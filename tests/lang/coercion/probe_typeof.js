console.log(typeof 1, typeof 'a', typeof true, typeof undefined, typeof null, typeof {}, typeof [], typeof function(){}, typeof class {}, typeof Symbol());
console.log(typeof undeclaredVar, typeof Math, typeof JSON, typeof Object, typeof new Number(1), typeof String(1), typeof (() => 1), typeof NaN, typeof typeof 1);
console.log(typeof Date, typeof new Date(), typeof Map, typeof new Map(), typeof console.log, typeof globalThis, typeof Reflect);

// expect: number string boolean undefined object object object function function symbol
// expect: undefined object object function object string function number string
// expect: function object function object function object object
