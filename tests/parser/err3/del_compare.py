del a > b
