// A static field named prototype is an early error with its own message.
class X { static prototype = 1 }
// expect error: SyntaxError: Classes may not have a static property named 'prototype'
