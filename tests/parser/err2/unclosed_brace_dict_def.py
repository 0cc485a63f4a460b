d = {
def f(): pass
