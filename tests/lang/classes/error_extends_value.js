// extends needs a constructor or null.
const five = 5;
class A extends five {}
// expect error: TypeError: Class extends value 5 is not a constructor or null
