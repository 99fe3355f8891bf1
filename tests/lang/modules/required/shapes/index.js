const { square } = require('../math');
class Square {
  constructor(side) {
    this.side = side;
  }
  area() {
    return square(this.side);
  }
}
module.exports = { Square };
