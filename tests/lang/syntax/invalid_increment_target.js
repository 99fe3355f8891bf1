// ++ on a literal.
5++;
// expect error: SyntaxError: Invalid left-hand side expression in postfix operation
