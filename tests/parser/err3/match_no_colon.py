match  x
