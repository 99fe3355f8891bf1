decodeURIComponent("%E0%A4%A");
// expect error: URIError: URI malformed
