try { console.log(Array.prototype.push.call(5, 1)); } catch (e) { console.log(e.message); }
try { console.log(Array.prototype.push.call(true)); } catch (e) { console.log(e.message); }
try { console.log(Array.prototype.unshift.call("", 1)); } catch (e) { console.log(e.message); }
// Array methods write to the wrapper of a primitive `this`: a new index
// is taken (and dropped); a string's length is still read-only.
// expect: 1
// expect: 0
// expect: Cannot assign to read only property 'length' of object '[object String]'
