-a
+a
~a
not a
--a
