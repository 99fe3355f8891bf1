// console.table: node v20's table, cells inspected on one line and
// left-aligned; a Map's keys and values, a Set's values; primitive rows in
// a Values column; integer column keys first.
console.table([{ a: 1, b: "x" }, { a: 22, c: true }]);
console.table({ r1: { c: 1 }, r2: { c: 2, d: [1, 2, 3, 4] } });
console.table([1, "two", { three: 3 }]);
console.table(new Map([["k", 1], ["k2", { o: 1 }]]));
console.table(new Set(["a"]));
console.table([{ a: 1, b: 2 }], ["b", "zz"]);
console.table({ 2: { b: 1 }, 1: { a: 2 }, x: { 10: 1, 2: 2, z: 3 } });
console.table([{ nested: { deep: { x: 1 } }, big: { a: 1, b: 2, c: 3 } }]);
console.table([{ name: "日本", v: "é" }]);
console.table("not tabular");
console.table();
console.group("G");
console.table([{ x: 1 }]);
console.groupEnd();
// expect: ┌─────────┬────┬─────┬──────┐
// expect: │ (index) │ a  │ b   │ c    │
// expect: ├─────────┼────┼─────┼──────┤
// expect: │ 0       │ 1  │ 'x' │      │
// expect: │ 1       │ 22 │     │ true │
// expect: └─────────┴────┴─────┴──────┘
// expect: ┌─────────┬───┬──────────────────────────────┐
// expect: │ (index) │ c │ d                            │
// expect: ├─────────┼───┼──────────────────────────────┤
// expect: │ r1      │ 1 │                              │
// expect: │ r2      │ 2 │ [ 1, 2, 3, ... 1 more item ] │
// expect: └─────────┴───┴──────────────────────────────┘
// expect: ┌─────────┬───────┬────────┐
// expect: │ (index) │ three │ Values │
// expect: ├─────────┼───────┼────────┤
// expect: │ 0       │       │ 1      │
// expect: │ 1       │       │ 'two'  │
// expect: │ 2       │ 3     │        │
// expect: └─────────┴───────┴────────┘
// expect: ┌───────────────────┬──────┬──────────┐
// expect: │ (iteration index) │ Key  │ Values   │
// expect: ├───────────────────┼──────┼──────────┤
// expect: │ 0                 │ 'k'  │ 1        │
// expect: │ 1                 │ 'k2' │ { o: 1 } │
// expect: └───────────────────┴──────┴──────────┘
// expect: ┌───────────────────┬────────┐
// expect: │ (iteration index) │ Values │
// expect: ├───────────────────┼────────┤
// expect: │ 0                 │ 'a'    │
// expect: └───────────────────┴────────┘
// expect: ┌─────────┬───┬────┐
// expect: │ (index) │ b │ zz │
// expect: ├─────────┼───┼────┤
// expect: │ 0       │ 2 │    │
// expect: └─────────┴───┴────┘
// expect: ┌─────────┬───┬────┬───┬───┬───┐
// expect: │ (index) │ 2 │ 10 │ a │ b │ z │
// expect: ├─────────┼───┼────┼───┼───┼───┤
// expect: │ 1       │   │    │ 2 │   │   │
// expect: │ 2       │   │    │   │ 1 │   │
// expect: │ x       │ 2 │ 1  │   │   │ 3 │
// expect: └─────────┴───┴────┴───┴───┴───┘
// expect: ┌─────────┬────────────────────┬──────────┐
// expect: │ (index) │ nested             │ big      │
// expect: ├─────────┼────────────────────┼──────────┤
// expect: │ 0       │ { deep: [Object] } │ [Object] │
// expect: └─────────┴────────────────────┴──────────┘
// expect: ┌─────────┬────────┬─────┐
// expect: │ (index) │ name   │ v   │
// expect: ├─────────┼────────┼─────┤
// expect: │ 0       │ '日本' │ 'é' │
// expect: └─────────┴────────┴─────┘
// expect: not tabular
// expect: undefined
// expect: G
// expect:   ┌─────────┬───┐
// expect:   │ (index) │ x │
// expect:   ├─────────┼───┤
// expect:   │ 0       │ 1 │
// expect:   └─────────┴───┘
