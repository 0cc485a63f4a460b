a < b < c
a not in b not in c
a is not b is c
a == b != c <= d
1 < x < 10 and not y
