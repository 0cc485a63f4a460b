(a)
((a))
(a + b) * c
