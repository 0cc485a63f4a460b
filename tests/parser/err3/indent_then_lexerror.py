  x = "abc
