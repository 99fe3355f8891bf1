// With defaults or patterns the body's vars are an environment of their own:
// a var naming a parameter starts with its value, and closures of the
// parameter list keep seeing the parameter.
function d5(a, b = () => a) { var a = 5; return [a, b()] } console.log(d5(1));
function d6(a, b = () => a) { var a; return [a, b()] } console.log(d6(1));
function d7(a, set = (v) => { a = v }, get = () => a) { var a = 'body'; set('param'); return [a, get()] } console.log(d7(1));
function d8(a, b = () => a) { var a = 5; const g = () => a; a = 6; return [g(), b()] } console.log(d8(1));
function d9({ a }, b = () => a) { var a = 5; return [a, b()] } console.log(d9({ a: 'pat' }));
function d10(a = 1) { var a; return a } console.log(d10(), d10(2));
function d11(a, b = () => a) { for (var a of [7]) {} return [a, b()] } console.log(d11(1));
function d12(a, b = () => a) { var a = a + 1; return [a, b()] } console.log(d12(1));
let t = 0; for (let i = 0; i < 3000; i++) t += d5(i)[1] + d8(i)[0]; console.log(t);
// expect: [ 5, 1 ]
// expect: [ 1, 1 ]
// expect: [ 'body', 'param' ]
// expect: [ 6, 1 ]
// expect: [ 5, 'pat' ]
// expect: 1 2
// expect: [ 7, 1 ]
// expect: [ 2, 1 ]
// expect: 4516500
