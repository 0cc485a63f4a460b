a and b or c and not d
a or b or c
