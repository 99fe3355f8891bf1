function square(x) {
  return x * x;
}
module.exports.square = square;
