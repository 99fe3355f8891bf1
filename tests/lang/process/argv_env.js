// node's `process` for scripts: argv, env, the constant facts.
console.log(Array.isArray(process.argv), process.argv.length); // expect: true 2
console.log(process.argv[1].endsWith("argv_env.js"), process.argv[1][0]); // expect: true /
console.log(typeof process.argv[0], typeof process.execPath); // expect: string string
console.log(typeof process.env, typeof process.env.PATH); // expect: object string
console.log(process.env.STITCH_SURELY_NOT_SET); // expect: undefined
process.env.MINE = "x";
console.log(process.env.MINE); // expect: x
console.log(process.platform, process.arch); // expect: linux x64
console.log(typeof process.pid, process.pid > 0); // expect: number true
console.log(process.version[0], typeof process.versions); // expect: v object
console.log(typeof process.cwd(), process.cwd()[0]); // expect: string /
console.log(process.exitCode); // expect: undefined
console.log(typeof process.uptime(), process.uptime() >= 0); // expect: number true
var m = process.memoryUsage();
console.log(typeof m.rss, typeof m.heapUsed, m.heapUsed > 0); // expect: number number true
console.log(Object.prototype.toString.call(process)); // expect: [object process]
