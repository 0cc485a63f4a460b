for i in range(10):
    if i:
        break
else:
    print("no")
