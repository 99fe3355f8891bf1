// Any value can be thrown and caught as it was thrown.
const values = [1, "text", null, undefined, true, { code: 3 }, [1, 2], 2.5];
for (const v of values) {
  try {
    throw v;
  } catch (e) {
    console.log(typeof e, e === v);
  }
}
try {
  throw new Error("plain");
} catch {
  console.log("caught without a binding");
}
// expect: number true
// expect: string true
// expect: object true
// expect: undefined true
// expect: boolean true
// expect: object true
// expect: object true
// expect: number true
// expect: caught without a binding
