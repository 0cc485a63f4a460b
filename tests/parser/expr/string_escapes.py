'\n\t\x41\u00e9\N{DASH}\101\\'
b'\x00\xff'
'\q'
