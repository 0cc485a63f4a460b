not not x
- - x
+ - ~ x
-(-x)
~~x
not -x
