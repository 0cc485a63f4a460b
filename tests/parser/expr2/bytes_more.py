a = b'\x00\n'
b = rb'\d+'
c = br'\n' b'x'
d = B"abc"
e = b'''multi
line'''
