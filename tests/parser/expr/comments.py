# c
x = 1  # c

# end
