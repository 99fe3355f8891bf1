// Even an empty frozen array throws: shift writes its length.
Object.freeze([]).shift();
// expect error: TypeError: Cannot assign to read only property 'length' of object '[object Array]'
