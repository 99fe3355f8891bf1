const {} = null;
// expect error: TypeError: Cannot destructure 'null' as it is null.
