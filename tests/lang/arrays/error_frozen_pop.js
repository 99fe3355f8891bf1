// pop on a frozen array cannot delete the last element.
Object.freeze([1, 2, 3]).pop();
// expect error: TypeError: Cannot delete property '2' of [object Array]
