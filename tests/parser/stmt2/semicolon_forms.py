import a; import b
x = 1; del x; pass
