function fail(what) {
  throw new RangeError('bad ' + what);
}
exports.fail = fail;
