// new Array with a negative length.
new Array(-1);
// expect error: RangeError: Invalid array length
