// hasOwnProperty needs a this value with properties.
Object.prototype.hasOwnProperty.call(null, "a");
// expect error: TypeError: Cannot convert undefined or null to object
