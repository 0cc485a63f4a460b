x = (
y = "abc
