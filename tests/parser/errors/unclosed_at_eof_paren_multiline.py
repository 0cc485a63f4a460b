foo(a,
    b,
