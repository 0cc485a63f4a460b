# hi
# there
