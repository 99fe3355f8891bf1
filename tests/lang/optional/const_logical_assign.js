const k = 0;
k ||= 1;
// expect error: TypeError: Assignment to constant variable.
