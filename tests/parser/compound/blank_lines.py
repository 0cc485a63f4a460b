

if a:

    b


    c

