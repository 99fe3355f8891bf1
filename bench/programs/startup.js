// startup: the smallest program -- measures engine start-up and exit.
console.log(1);
