// The built-ins list their properties in node's order (V8's bootstrapper
// order), which is not the order stitch's families install them in.
const names = (o) => Object.getOwnPropertyNames(o).join();
console.log(names(Array)); // expect: length,name,prototype,isArray,from,of
console.log(names(Number.prototype)); // expect: constructor,toExponential,toFixed,toPrecision,toString,valueOf,toLocaleString
console.log(names(Promise)); // expect: length,name,prototype,all,allSettled,any,race,resolve,reject
console.log(names(Map.prototype)); // expect: constructor,get,set,has,delete,clear,entries,forEach,keys,size,values
console.log(names(Set.prototype)); // expect: constructor,has,add,delete,clear,entries,forEach,size,values,keys
console.log(names(WeakMap.prototype), names(WeakSet.prototype)); // expect: constructor,delete,get,set,has constructor,delete,has,add
console.log(Object.getOwnPropertyNames(Math).slice(0, 12).join()); // expect: abs,acos,acosh,asin,asinh,atan,atanh,atan2,ceil,cbrt,expm1,clz32
console.log(Object.getOwnPropertyNames(Array.prototype).slice(18, 30).join()); // expect: splice,includes,indexOf,join,keys,entries,values,forEach,filter,flat,flatMap,map
console.log(Object.getOwnPropertyNames(Object).slice(0, 5).join()); // expect: length,name,prototype,assign,getOwnPropertyDescriptor
console.log(Object.getOwnPropertyNames(Number).slice(3).join()); // expect: isFinite,isInteger,isNaN,isSafeInteger,parseFloat,parseInt,MAX_VALUE,MIN_VALUE,NaN,NEGATIVE_INFINITY,POSITIVE_INFINITY,MAX_SAFE_INTEGER,MIN_SAFE_INTEGER,EPSILON
console.log(Object.getOwnPropertyNames(Date.prototype).slice(0, 8).join()); // expect: constructor,toString,toDateString,toTimeString,toISOString,toUTCString,toGMTString,getDate
const gen = Object.getPrototypeOf(Object.getPrototypeOf((function* () {})()));
console.log(Reflect.ownKeys(gen).map(String).join()); // expect: constructor,next,return,throw,Symbol(Symbol.toStringTag)
console.log(Reflect.ownKeys(Map.prototype).slice(-2).map(String).join()); // expect: Symbol(Symbol.toStringTag),Symbol(Symbol.iterator)
// Properties still work, and adding and deleting go on as before.
console.log([3, 1, 2].toSorted().join(), Math.max(1, 5), new Map([[1, 2]]).get(1)); // expect: 1,2,3 5 2
Math.extra = 1;
delete Math.abs;
console.log(Object.getOwnPropertyNames(Math).slice(0, 2).join(), Object.getOwnPropertyNames(Math).pop()); // expect: acos,acosh extra
