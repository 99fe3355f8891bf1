// for-of and for-in heads bind per iteration in the nested function;
// outside the loop it still captures the outer binding.
function f() {
  let item = [7, 8], key = { k: 1 };
  const g = () => {
    const out = [];
    for (const item of [3, 4]) out.push(item);
    out.push(item.length);
    for (let key in { p: 1 }) out.push(key);
    out.push(key.k);
    for (const [item, key] of [[1, 2]]) out.push(item + key);
    return out.join(',');
  };
  return g() + ' ' + item + ' ' + JSON.stringify(key);
}
console.log(f());
// expect: 3,4,2,p,1,3 7,8 {"k":1}
