// extends an object that is not a constructor.
const o = {};
class A extends o {}
// expect error: TypeError: Class extends value #<Object> is not a constructor or null
