await f()
return 1
