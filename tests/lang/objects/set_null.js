let n = null;
n.y = 1;
// expect error: TypeError: Cannot set properties of null (setting 'y')
