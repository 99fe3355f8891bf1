// An uncaught plain object prints as console.log shows it.
throw { code: 3 };
// expect error: { code: 3 }
