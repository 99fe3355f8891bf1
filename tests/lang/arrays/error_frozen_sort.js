// Sorting a frozen array throws at the first write, even if already sorted.
Object.freeze([1, 2]).sort();
// expect error: TypeError: Cannot assign to read only property '0' of object '[object Array]'
