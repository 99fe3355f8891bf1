for (const [a] of [[1], 2]) console.log(a);
// expect: 1
// expect error: TypeError: .for is not iterable
