a ? b : c
