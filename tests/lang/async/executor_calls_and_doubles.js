// A promise executor runs as a plain call: functions it calls see no
// new.target (String(x) is a primitive, Number(x) too), and a finally
// passes any value on, doubles and NaN included.
function describe(x) {
  const s = String(x);
  const n = Number("4.5");
  return typeof s + " " + s + " " + typeof n;
}
new Promise((resolve) => {
  console.log(describe(2147483648));
  resolve(NaN);
})
  .finally(() => 5)
  .then((v) => console.log("finally passed", v));
Promise.resolve(0.25).finally(() => {}).then((v) => console.log("double", v));
Promise.reject(1.5).finally(() => 7).catch((e) => console.log("reason", e));
new Map([[1, 2]].map((e) => [String(e[0]), e[1]])).forEach((v, k) => console.log(typeof k, k, v));
// expect: string 2147483648 number
// expect: string 1 2
// expect: finally passed NaN
// expect: double 0.25
// expect: reason 1.5
