# startup: the smallest program -- measures engine start-up and exit.
print(1)
