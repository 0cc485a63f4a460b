for x in y: while z: pass
