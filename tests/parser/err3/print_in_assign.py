x = print "hi"
