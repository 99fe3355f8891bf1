// node's message for a rejection with a value that is not an error.
Promise.resolve().then(() => { throw "plain"; });
// expect error: UnhandledPromiseRejection: This error originated either by throwing inside of an async function without a catch block, or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason "plain".
